package io.interven.gateway.policy;

import io.interven.spi.DataClasses;
import io.interven.spi.ReasonCodes;
import io.interven.spi.Verb;
import java.util.List;

/**
 * The decision when no rule of a tenant's policies matches (docs/api.md "Default decision"):
 * CRITICAL -> DENY; HIGH -> REQUIRE_APPROVAL; SECRETS in a WRITE -> SANITIZE; PII in a WRITE to an external
 * principal or an unknown destination -> SANITIZE; otherwise ALLOW.
 */
public final class BuiltinDefaultPolicy {
    public static final String ID = "builtin-default";
    public static final String NAME = "builtin-default";
    public static final String UNKNOWN_TOOL = "custom_proxy";

    private BuiltinDefaultPolicy() {
    }

    public static Policy create() {
        RuleMatch writes = new RuleMatch(List.of(), List.of(), List.of(Verb.WRITE), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
        RuleMatch writesToUnknown = new RuleMatch(List.of(UNKNOWN_TOOL), List.of(), List.of(Verb.WRITE), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of());
        List<PolicyRule> rules = List.of(
                new PolicyRule("critical-risk-deny", RuleMatch.EVERYTHING, RuleCondition.bandAtLeast(RiskBand.CRITICAL),
                        Decision.DENY, 5),
                new PolicyRule("high-risk-approval", RuleMatch.EVERYTHING, RuleCondition.bandAtLeast(RiskBand.HIGH),
                        Decision.REQUIRE_APPROVAL, 4),
                new PolicyRule("secrets-in-write-sanitize", writes, RuleCondition.dataClass(DataClasses.SECRETS),
                        Decision.SANITIZE, 3),
                new PolicyRule("pii-to-external-sanitize", writes,
                        RuleCondition.dataClassWithReason(DataClasses.PII, ReasonCodes.EXTERNAL_PRINCIPAL),
                        Decision.SANITIZE, 2),
                new PolicyRule("pii-to-unknown-destination-sanitize", writesToUnknown,
                        RuleCondition.dataClass(DataClasses.PII), Decision.SANITIZE, 2),
                new PolicyRule("otherwise-allow", RuleMatch.EVERYTHING, RuleCondition.ALWAYS, Decision.ALLOW, 0));
        return new Policy(ID, NAME, "*", 1, PolicyMode.ENFORCE, true, rules);
    }
}
