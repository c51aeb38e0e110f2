package io.interven.gateway.core;

import io.interven.gateway.core.fields.CallSlots;
import io.interven.gateway.policy.Decision;
import io.interven.gateway.policy.DecisionFeatures;
import io.interven.gateway.policy.PolicyEngine;
import io.interven.gateway.policy.PolicySource;
import io.interven.gateway.policy.PolicyVerdict;
import io.interven.gateway.policy.RiskBand;
import io.interven.spi.Finding;
import io.interven.spi.OutboundCall;
import io.interven.spi.ReasonCodes;
import io.interven.spi.ScanField;
import io.interven.spi.SignalContext;
import io.interven.spi.SignalResult;
import io.interven.spi.ToolMatch;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One scan: recognize the tool, detect, weigh signals, score, decide by policy, sanitize. No HTTP and no
 * database writes here. Any failure inside answers DENY (fail closed), never ALLOW.
 */
public class ScanPipeline {
    public static final String PIPELINE_FAILURE = "PIPELINE_FAILURE";
    private static final Logger LOG = LoggerFactory.getLogger(ScanPipeline.class);

    private final ToolIdentifier tools;
    private final DetectorRunner detectors;
    private final SignalRunner signals;
    private final RiskScorer scorer;
    private final PolicyEngine engine;
    private final PolicySource policies;
    private final Sanitizer sanitizer;

    public ScanPipeline(ToolIdentifier tools, DetectorRunner detectors, SignalRunner signals, RiskScorer scorer,
                        PolicyEngine engine, PolicySource policies, Sanitizer sanitizer) {
        this.tools = tools;
        this.detectors = detectors;
        this.signals = signals;
        this.scorer = scorer;
        this.engine = engine;
        this.policies = policies;
        this.sanitizer = sanitizer;
    }

    public ScanOutcome scan(CallInput input) {
        UUID traceId = UUID.randomUUID();
        OutboundCall call = OutboundCall.of(input.method(), input.url(), input.headers());
        String fingerprint = BodyFingerprint.of(input.hmacSalt(), input.body() == null ? "" : input.body().toString());
        ToolMatch tool = ToolIdentifier.unknown(call.method());
        try {
            tool = tools.identify(call);
            CallSlots slots = CallSlots.of(input);
            List<ScanField> fields = slots.fields();
            List<Finding> all = detectors.detect(fields);
            TriagedFindings detected = TriagedFindings.of(all, call);
            TriagedFindings triaged = new TriagedFindings(RepeatedValues.withRepeats(detected.data(), fields),
                    detected.authentication());
            List<SignalResult> fired = signals.evaluate(new SignalContext(call, tool, all, input.agent()));
            List<String> classes = DataClassOrder.classesOf(triaged.data());
            RiskAssessment risk = scorer.assess(classes, fired);

            Set<String> reasons = new LinkedHashSet<>(classes);
            fired.forEach(signal -> reasons.add(signal.reasonCode()));
            DecisionFeatures features = features(input, call, tool, triaged.data(), classes, risk, reasons, fired);
            PolicyVerdict verdict = engine.decide(policies.activePolicies(input.tenantId(), input.envName()), features);
            if (!verdict.monitorMatches().isEmpty()) {
                reasons.add(ReasonCodes.MONITOR_ONLY);
            }
            Decision decision = verdict.decision();
            SanitizedCall sanitized = decision == Decision.SANITIZE ? sanitizer.sanitize(input, slots, triaged.data())
                    : null;
            return new ScanOutcome(traceId, decision, risk, List.copyOf(reasons), tool, classes,
                    DisclosablePaths.of(triaged.data(), fields), fired, features, verdict, sanitized, null,
                    fingerprint, null);
        } catch (RuntimeException | LinkageError failure) {
            String component = failure instanceof ComponentFailure cf ? cf.component() : "pipeline";
            LOG.error("scan {} failed closed: {} ({})", traceId, component, failure.getClass().getName());
            RiskAssessment risk = new RiskAssessment(1.0, RiskBand.CRITICAL);
            DecisionFeatures features = new DecisionFeatures(tool.toolName(), tool.operation(), tool.verb(),
                    call.method(), call.host(), call.path(), input.agent().agentId(), input.agent().agentName(),
                    input.agent().runtimeType(), Set.of(), Set.of(), risk.score(), risk.band(),
                    Set.of(PIPELINE_FAILURE), Set.of(), input.bodyBytes());
            return new ScanOutcome(traceId, Decision.DENY, risk, List.of(PIPELINE_FAILURE), tool, List.of(), List.of(),
                    List.of(), features, null, null, null, fingerprint, component);
        }
    }

    private static DecisionFeatures features(CallInput input, OutboundCall call, ToolMatch tool, List<Finding> data,
                                             List<String> classes, RiskAssessment risk, Set<String> reasons,
                                             List<SignalResult> fired) {
        return new DecisionFeatures(tool.toolName(), tool.operation(), tool.verb(), call.method(), call.host(),
                call.path(), input.agent().agentId(), input.agent().agentName(), input.agent().runtimeType(),
                Set.copyOf(classes), data.stream().map(Finding::entityType).collect(Collectors.toSet()),
                risk.score(), risk.band(), reasons, fired.stream().map(SignalResult::signalId).collect(Collectors.toSet()),
                input.bodyBytes());
    }
}
