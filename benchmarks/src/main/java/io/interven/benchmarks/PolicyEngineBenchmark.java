package io.interven.benchmarks;

import io.interven.gateway.policy.ActivePolicies;
import io.interven.gateway.policy.BuiltinDefaultPolicy;
import io.interven.gateway.policy.Decision;
import io.interven.gateway.policy.PathGlob;
import io.interven.gateway.policy.Policy;
import io.interven.gateway.policy.PolicyEngine;
import io.interven.gateway.policy.PolicyInput;
import io.interven.gateway.policy.PolicyMode;
import io.interven.gateway.policy.PolicyRule;
import io.interven.gateway.policy.PolicyVerdict;
import io.interven.gateway.policy.RiskBand;
import io.interven.gateway.policy.RuleCondition;
import io.interven.gateway.policy.RuleMatch;
import io.interven.spi.HostPattern;
import io.interven.spi.Verb;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What deciding one call costs the policy engine in a large environment: {@code policies} enforced policies of
 * {@code rules} rules each (500 is the most a policy may hold), each rule naming 20 hosts (half {@code *.domain}),
 * 50 agent ids, a path and a data class, with priorities and actions spread so that ordering them is real work. The
 * call is a Slack post whose host and agent every rule names, so every rule is tried and the built-in default
 * decides: {@code clean} carries no secret (each rule's condition fails), {@code secret} carries one but posts to
 * another path than the rules name (each rule's condition holds and its match fails at the path).
 * <ul>
 *   <li>{@code decide}: as the scan pipeline decides, with the policies' rules ordered when they were read;</li>
 *   <li>{@code decideFromList}: from the plain list of policies, ordered for this call alone (how every scan
 *       decided before the order was kept with the cached policies; the policy simulator's way per draft).</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class PolicyEngineBenchmark {
    @Param({"4"})
    public int policies;

    @Param({"500"})
    public int rules;

    @Param({"clean", "secret"})
    public String call;

    private final PolicyEngine engine = new PolicyEngine(BuiltinDefaultPolicy.create());
    private List<Policy> environment;
    private ActivePolicies active;
    private PolicyInput input;

    @Setup
    public void setUp() {
        environment = new ArrayList<>();
        for (int p = 0; p < policies; p++) {
            List<PolicyRule> ruleList = new ArrayList<>();
            for (int r = 0; r < rules; r++) {
                ruleList.add(rule(p, r));
            }
            environment.add(new Policy("policy-" + p, "policy-" + p, "production", 1, PolicyMode.ENFORCE, true,
                    ruleList));
        }
        active = ActivePolicies.of(environment);
        input = PolicyInput.builder().toolName("slack").operation("chat.postMessage").verb(Verb.WRITE)
                .method("POST").host("Hooks.Slack.com").path("/services/T000/B000/XXXX").agentId("support-agent")
                .agentName("support-bot").runtimeType("langchain").riskBand(RiskBand.LOW).bodyBytes(1024)
                .dataClasses(call.equals("secret") ? java.util.Set.of("SECRETS") : java.util.Set.of()).build();
    }

    private static PolicyRule rule(int policy, int index) {
        List<HostPattern> hosts = new ArrayList<>();
        for (int h = 0; h < 19; h++) {
            hosts.add(HostPattern.parse(h % 2 == 0 ? "api-" + h + ".team-" + index + ".example"
                    : "*.team-" + h + "-" + index + ".example"));
        }
        hosts.add(HostPattern.parse("*.slack.com"));
        List<String> agents = new ArrayList<>();
        for (int a = 0; a < 49; a++) {
            agents.add("agent-" + policy + "-" + index + "-" + a);
        }
        agents.add("support-agent");
        RuleMatch match = new RuleMatch(List.of(), List.of(), List.of(), List.of(), hosts,
                List.of(PathGlob.of("/api/**")), agents, List.of(), List.of());
        Decision action = Decision.values()[(index * 7 + policy) % Decision.values().length];
        return new PolicyRule("rule-" + index, match, RuleCondition.dataClass("SECRETS"), action,
                (index * 31 + policy) % 100);
    }

    @Benchmark
    public PolicyVerdict decide() {
        return engine.decide(active, input);
    }

    @Benchmark
    public PolicyVerdict decideFromList() {
        return engine.decide(environment, input);
    }
}
