package io.interven.gateway.core;

import io.interven.gateway.policy.PolicyInput;
import io.interven.spi.AgentRef;
import io.interven.spi.Finding;
import io.interven.spi.OutboundCall;
import io.interven.spi.SignalResult;
import io.interven.spi.ToolMatch;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds the policy input of a call from what the pipeline knows of it: the one place that says which fact comes
 * from where. The input of a failed scan and the disclosed input that answers and traces keep are derived from the
 * same steps ({@link ScanDisclosure#policyInput}, {@link FailedScan}).
 */
final class PolicyInputFactory {
    private PolicyInputFactory() {
    }

    /**
     * The facts of a scanned call, as the engine evaluates them.
     *
     * @param data  the data findings (not the call's own credentials)
     * @param fired the risk signals that fired
     */
    static PolicyInput scanned(OutboundCall call, ToolMatch tool, AgentRef agent, List<Finding> data,
                               List<SignalResult> fired, RiskAssessment risk, int bodyBytes) {
        List<String> classes = DataClassOrder.classesOf(data);
        return known(tool, call.method(), agent, risk, bodyBytes)
                .host(call.host())
                .path(call.path())
                .agentName(agent.agentName())
                .runtimeType(agent.runtimeType())
                .dataClasses(Set.copyOf(classes))
                .entityTypes(data.stream().map(Finding::entityType).collect(Collectors.toSet()))
                .reasonCodes(reasonCodes(classes, fired))
                .signalIds(fired.stream().map(SignalResult::signalId).collect(Collectors.toSet()))
                .build();
    }

    /**
     * The facts of a call whose scan failed closed, nothing of it scanned: only what cannot carry a value (no path,
     * agent name or runtime type; {@code host} as the caller reduced it), and {@code reasonCode} as the one reason.
     */
    static PolicyInput failed(ToolMatch tool, String method, AgentRef agent, String host, RiskAssessment risk,
                              String reasonCode, int bodyBytes) {
        return known(tool, method, agent, risk, bodyBytes).host(host).reasonCodes(Set.of(reasonCode)).build();
    }

    /** The reason codes of a scan, in order: its data classes (as ordered), then each fired signal's. */
    static Set<String> reasonCodes(List<String> classes, List<SignalResult> fired) {
        Set<String> reasons = new LinkedHashSet<>(classes);
        fired.forEach(signal -> reasons.add(signal.reasonCode()));
        return reasons;
    }

    /** What every call has, scanned or not. */
    private static PolicyInput.Builder known(ToolMatch tool, String method, AgentRef agent, RiskAssessment risk,
                                             int bodyBytes) {
        return PolicyInput.builder()
                .toolName(tool.toolName())
                .operation(tool.operation())
                .verb(tool.verb())
                .method(method)
                .agentId(agent.agentId())
                .riskScore(risk.score())
                .riskBand(risk.band())
                .bodyBytes(bodyBytes);
    }
}
