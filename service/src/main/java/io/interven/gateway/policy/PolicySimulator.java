package io.interven.gateway.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Replays recorded calls against the environment's policies with a draft in place (replacing the policy of the
 * same name, or added), and reports which decisions change, per deciding rule, with sample trace ids.
 */
public class PolicySimulator {
    static final int SAMPLES_PER_RULE = 5;

    private final PolicyEngine engine;

    public PolicySimulator(PolicyEngine engine) {
        this.engine = engine;
    }

    public SimulationReport simulate(List<Policy> current, Policy draft, List<RecordedCall> calls, boolean truncated) {
        List<Policy> policies = new ArrayList<>();
        current.stream().filter(p -> !p.name().equals(draft.name())).forEach(policies::add);
        policies.add(draft);

        Map<String, int[]> transitions = new LinkedHashMap<>();
        Map<String, RuleTally> byRule = new LinkedHashMap<>();
        int changed = 0;
        ActivePolicies active = ActivePolicies.of(policies);
        for (RecordedCall call : calls) {
            PolicyVerdict verdict = engine.decide(active, call.policyInput());
            Decision now = verdict.decision();
            boolean differs = now != call.recordedDecision();
            String ruleKey = verdict.deciding().policy().name() + "/" + verdict.deciding().rule().ruleId();
            RuleTally tally = byRule.computeIfAbsent(ruleKey, k -> new RuleTally(verdict.deciding().policy().name(),
                    verdict.deciding().rule().ruleId(), now));
            tally.decided++;
            if (differs) {
                changed++;
                tally.changed++;
                if (tally.samples.size() < SAMPLES_PER_RULE) {
                    tally.samples.add(call.traceId());
                }
                transitions.computeIfAbsent(call.recordedDecision() + "->" + now, k -> new int[1])[0]++;
            }
        }
        List<SimulationReport.Transition> moves = new ArrayList<>();
        transitions.forEach((key, count) -> {
            String[] parts = key.split("->");
            moves.add(new SimulationReport.Transition(parts[0], parts[1], count[0]));
        });
        List<SimulationReport.RuleImpact> impacts = byRule.values().stream()
                .map(t -> new SimulationReport.RuleImpact(t.policyName, t.ruleId, t.decision.name(), t.decided,
                        t.changed, List.copyOf(t.samples)))
                .toList();
        return new SimulationReport(calls.size(), truncated, changed, moves, impacts);
    }

    private static final class RuleTally {
        final String policyName;
        final String ruleId;
        final Decision decision;
        final List<UUID> samples = new ArrayList<>();
        int decided;
        int changed;

        RuleTally(String policyName, String ruleId, Decision decision) {
            this.policyName = policyName;
            this.ruleId = ruleId;
            this.decision = decision;
        }
    }
}
