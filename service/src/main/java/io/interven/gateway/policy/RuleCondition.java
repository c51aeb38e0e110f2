package io.interven.gateway.policy;

import java.util.List;
import java.util.Set;

/**
 * What must hold of the scan's findings for a rule to fire. Every present part must hold; an empty condition
 * always holds. Lists are any-of.
 *
 * @param hasDataClass   one of these data classes was found
 * @param hasEntityType  one of these entity types was found
 * @param riskScoreGte   the risk score is at least this (null: any)
 * @param riskBandAtLeast the band is at least this (null: any)
 * @param reasonCodes    one of these reason codes is present
 * @param signalsFired   one of these signal ids fired
 * @param bodyBytesGte   the body is at least this many bytes (null: any)
 */
public record RuleCondition(List<String> hasDataClass, List<String> hasEntityType, Double riskScoreGte,
                            RiskBand riskBandAtLeast, List<String> reasonCodes, List<String> signalsFired,
                            Integer bodyBytesGte) {
    public static final RuleCondition ALWAYS = new RuleCondition(List.of(), List.of(), null, null, List.of(),
            List.of(), null);

    public RuleCondition {
        hasDataClass = List.copyOf(hasDataClass);
        hasEntityType = List.copyOf(hasEntityType);
        reasonCodes = List.copyOf(reasonCodes);
        signalsFired = List.copyOf(signalsFired);
    }

    public static RuleCondition bandAtLeast(RiskBand band) {
        return new RuleCondition(List.of(), List.of(), null, band, List.of(), List.of(), null);
    }

    public static RuleCondition dataClass(String dataClass) {
        return new RuleCondition(List.of(dataClass), List.of(), null, null, List.of(), List.of(), null);
    }

    public static RuleCondition dataClassWithReason(String dataClass, String reasonCode) {
        return new RuleCondition(List.of(dataClass), List.of(), null, null, List.of(reasonCode), List.of(), null);
    }

    public boolean holds(PolicyInput call) {
        return anyIn(hasDataClass, call.dataClasses())
                && anyIn(hasEntityType, call.entityTypes())
                && (riskScoreGte == null || call.riskScore() >= riskScoreGte)
                && (riskBandAtLeast == null || call.riskBand().isAtLeast(riskBandAtLeast))
                && anyIn(reasonCodes, call.reasonCodes())
                && anyIn(signalsFired, call.signalIds())
                && (bodyBytesGte == null || call.bodyBytes() >= bodyBytesGte);
    }

    /** An absent part (empty list) holds; a present one when one of its values is among the call's. */
    private static boolean anyIn(List<String> wanted, Set<String> present) {
        if (wanted.isEmpty()) {
            return true;
        }
        for (int i = 0; i < wanted.size(); i++) {
            if (present.contains(wanted.get(i))) {
                return true;
            }
        }
        return false;
    }
}
