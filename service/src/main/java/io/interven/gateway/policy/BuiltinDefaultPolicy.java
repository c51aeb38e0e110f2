package io.interven.gateway.policy;

import io.interven.spi.DataClasses;
import io.interven.spi.ReasonCodes;
import java.util.List;

/**
 * The decision when no rule of a tenant's policies matches (docs/api.md "Default decision"), for every verb (a
 * GET's query string, headers and body leave the machine as a POST's do): CRITICAL -> DENY; HIGH ->
 * REQUIRE_APPROVAL; SECRETS anywhere -> SANITIZE; sensitive PII (as the detectors declare it, {@link PiiSensitivity})
 * to an external principal
 * -> SANITIZE; any PII (sensitive or contact) to an unknown destination -> SANITIZE; otherwise ALLOW.
 */
public final class BuiltinDefaultPolicy {
    public static final String ID = "builtin-default";
    public static final String NAME = "builtin-default";
    public static final String UNKNOWN_TOOL = "custom_proxy";

    private BuiltinDefaultPolicy() {
    }

    /** The default policy with the gateway's own list of sensitive types ({@link PiiSensitivity}). */
    public static Policy create() {
        return create(PiiSensitivity.SENSITIVE_ENTITY_TYPES);
    }

    /** The default policy with the sensitive types the loaded detectors declare ({@link PiiSensitivity#sensitiveTypes}). */
    public static Policy create(List<String> sensitiveEntityTypes) {
        RuleMatch unknownDestinations = new RuleMatch(List.of(UNKNOWN_TOOL), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of());
        RuleCondition sensitivePiiToExternal = new RuleCondition(List.of(), List.copyOf(sensitiveEntityTypes),
                null, null, List.of(ReasonCodes.EXTERNAL_PRINCIPAL), List.of(), null);
        List<PolicyRule> rules = List.of(
                new PolicyRule("critical-risk-deny", RuleMatch.EVERYTHING, RuleCondition.bandAtLeast(RiskBand.CRITICAL),
                        Decision.DENY, 5),
                new PolicyRule("high-risk-approval", RuleMatch.EVERYTHING, RuleCondition.bandAtLeast(RiskBand.HIGH),
                        Decision.REQUIRE_APPROVAL, 4),
                new PolicyRule("secrets-sanitize", RuleMatch.EVERYTHING, RuleCondition.dataClass(DataClasses.SECRETS),
                        Decision.SANITIZE, 3),
                new PolicyRule("sensitive-pii-to-external-sanitize", RuleMatch.EVERYTHING, sensitivePiiToExternal,
                        Decision.SANITIZE, 2),
                new PolicyRule("pii-to-unknown-destination-sanitize", unknownDestinations,
                        RuleCondition.dataClass(DataClasses.PII), Decision.SANITIZE, 2),
                new PolicyRule("otherwise-allow", RuleMatch.EVERYTHING, RuleCondition.ALWAYS, Decision.ALLOW, 0));
        return new Policy(ID, NAME, "*", 1, PolicyMode.ENFORCE, true, rules);
    }
}
