package io.interven.gateway.policy;

import java.util.List;

/**
 * The engine's answer: the deciding rule, and the monitor-mode rules that matched (and would have decided
 * {@code wouldDecide} had they been enforced).
 */
public record PolicyVerdict(RuleMatchResult deciding, List<RuleMatchResult> monitorMatches) {
    public PolicyVerdict {
        monitorMatches = List.copyOf(monitorMatches);
    }

    public Decision decision() {
        return deciding.action();
    }
}
