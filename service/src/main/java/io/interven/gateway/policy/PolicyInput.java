package io.interven.gateway.policy;

import io.interven.spi.Verb;
import java.util.Set;

/**
 * Everything a policy rule may look at, for one call. Built by the scan pipeline, and recorded in traces so that
 * policy drafts can be replayed against past calls. Holds no raw value of the call's data.
 */
public record PolicyInput(String toolName, String operation, Verb verb, String method, String host, String path,
                               String agentId, String agentName, String runtimeType, Set<String> dataClasses,
                               Set<String> entityTypes, double riskScore, RiskBand riskBand, Set<String> reasonCodes,
                               Set<String> signalIds, int bodyBytes) {
    public PolicyInput {
        if (verb == null) {
            throw new IllegalArgumentException("verb is required: every recognized or unknown call has one");
        }
        dataClasses = Set.copyOf(dataClasses);
        entityTypes = Set.copyOf(entityTypes);
        reasonCodes = Set.copyOf(reasonCodes);
        signalIds = Set.copyOf(signalIds);
    }
}
