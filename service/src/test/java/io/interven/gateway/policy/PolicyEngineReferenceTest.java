package io.interven.gateway.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.spi.HostPattern;
import io.interven.spi.Verb;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The engine decides from rules ordered once ({@link ActivePolicies}) and matches names and hosts by look-up
 * ({@link RuleMatch}, {@link HostPatternSet}). This test keeps the engine as it was before, ordering every rule on
 * each call and trying every value and host pattern in turn with {@link HostPattern#matches}, and checks that both
 * decide every one of many random environments and calls alike: the deciding rule and the monitor matches, in
 * order. Priorities and actions come from small ranges so that ties are common; hosts include case, trailing
 * dots, sub-domains at any depth, look-alikes, IP addresses in other spellings, Unicode names and non-hosts.
 */
class PolicyEngineReferenceTest {
    private static final List<String> TOOLS = List.of("slack", "github", "unknown");
    private static final List<String> OPERATIONS = List.of("chat.postMessage", "issues.create", "send");
    private static final List<String> METHODS = List.of("GET", "POST", "PUT");
    private static final List<String> HOST_PATTERNS = List.of("*", "slack.com", "*.slack.com", "*.com",
            "127.0.0.1", "[::1]", "bücher.example", "*.bücher.example", "*.example", "api.github.com", "10.0.0.1");
    private static final List<String> PATHS = List.of("/api/**", "/chat.postMessage", "/*", "/repos/*/issues");
    private static final List<String> AGENTS = List.of("agent-1", "agent-2", "agent-3");
    private static final List<String> NAMES = List.of("bot", "helper");
    private static final List<String> RUNTIMES = List.of("langchain", "crewai");
    private static final List<String> CLASSES = List.of("SECRETS", "PII", "FINANCIAL");
    private static final List<String> CALL_HOSTS = java.util.Arrays.asList("slack.com", "SLACK.COM.",
            "hooks.slack.com", "a.b.slack.com", "evilslack.com", "slack.com.evil.io", "api.github.com", "2130706433",
            "127.0.0.1", "0x7f.0.0.1", "127.1", "[0:0:0:0:0:0:0:1]", "::1", "bücher.example", "x.BÜCHER.example",
            "xn--bcher-kva.example", "10.0.0.1", "1.2.3.4", "example", "exa mple", "", null, "a..slack.com",
            "com", ".slack.com", "fe80::1%eth0", "a_b.slack.com", "tool_server", "x.bücher_1.example");
    private static final List<String> CALL_PATHS = java.util.Arrays.asList("/api/x", "/api/a/b", "/chat.postMessage",
            "/x", "/repos/o/issues", "/repos/o/r/issues", "", null);

    private final PolicyEngine engine = new PolicyEngine(BuiltinDefaultPolicy.create());

    @Test
    void decidesEveryRandomEnvironmentAndCallAsTheEngineBeforeDid() {
        Random random = new Random(20261207);
        for (int environment = 0; environment < 1_500; environment++) {
            List<Policy> policies = randomPolicies(random);
            ActivePolicies active = ActivePolicies.of(policies);
            for (int call = 0; call < 40; call++) {
                PolicyInput input = randomCall(random);
                PolicyVerdict expected = referenceDecide(policies, input);

                PolicyVerdict ordered = engine.decide(active, input);
                PolicyVerdict unordered = engine.decide(policies, input);

                assertThat(describe(ordered)).as("environment %d, call %s", environment, input)
                        .isEqualTo(describe(expected));
                assertThat(describe(unordered)).isEqualTo(describe(expected));
            }
        }
    }

    @Test
    void aRuleOfThousandsOfAgentsAndHostsMatchesAsOneOfAFew() {
        List<String> agents = new ArrayList<>();
        List<HostPattern> hosts = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            agents.add("agent-" + i);
            hosts.add(HostPattern.parse(i % 2 == 0 ? "host-" + i + ".example" : "*.team-" + i + ".example"));
        }
        RuleMatch match = new RuleMatch(List.of(), List.of(), List.of(), List.of(), hosts, List.of(), agents,
                List.of(), List.of());

        assertThat(match.matches(call("agent-4999", "host-4998.example"))).isTrue();
        assertThat(match.matches(call("agent-4999", "HOST-4998.EXAMPLE."))).isTrue();
        assertThat(match.matches(call("agent-0", "a.b.team-4999.example"))).isTrue();
        assertThat(match.matches(call("agent-0", "team-4999.example"))).isFalse();
        assertThat(match.matches(call("agent-0", "host-4999.example"))).isFalse();
        assertThat(match.matches(call("agent-5000", "host-0.example"))).isFalse();
        assertThat(match.matches(call(null, "host-0.example"))).isFalse();
    }

    private static CallToMatch call(String agentId, String host) {
        return new CallToMatch(PolicyInput.builder().verb(Verb.WRITE).agentId(agentId).host(host).build());
    }

    private static String describe(PolicyVerdict verdict) {
        return id(verdict.deciding()) + " " + verdict.monitorMatches().stream().map(PolicyEngineReferenceTest::id)
                .toList();
    }

    private static String id(RuleMatchResult result) {
        return result.policy().policyId() + "/" + result.rule().ruleId();
    }

    private static List<Policy> randomPolicies(Random random) {
        List<Policy> policies = new ArrayList<>();
        int count = random.nextInt(5);
        for (int p = 0; p < count; p++) {
            String name = random.nextInt(6) == 0 ? BuiltinDefaultPolicy.NAME : "policy-" + p;
            List<PolicyRule> rules = new ArrayList<>();
            int ruleCount = random.nextInt(12);
            for (int r = 0; r < ruleCount; r++) {
                rules.add(new PolicyRule("rule-" + r, randomMatch(random), randomCondition(random),
                        Decision.values()[random.nextInt(Decision.values().length)], random.nextInt(4)));
            }
            policies.add(new Policy("p" + p, name, "production", 1,
                    random.nextInt(3) == 0 ? PolicyMode.MONITOR : PolicyMode.ENFORCE, random.nextInt(8) != 0,
                    rules));
        }
        return policies;
    }

    private static RuleMatch randomMatch(Random random) {
        return new RuleMatch(some(random, TOOLS), some(random, OPERATIONS), some(random, List.of(Verb.values())),
                some(random, METHODS), some(random, HOST_PATTERNS).stream().map(HostPattern::parse).toList(),
                some(random, PATHS).stream().map(PathGlob::of).toList(), some(random, AGENTS), some(random, NAMES),
                some(random, RUNTIMES));
    }

    private static RuleCondition randomCondition(Random random) {
        return random.nextBoolean() ? RuleCondition.ALWAYS
                : new RuleCondition(some(random, CLASSES), List.of(), null, null, List.of(), List.of(), null);
    }

    /** Usually nothing (the list matches everything), else one to three values, repeats allowed. */
    private static <T> List<T> some(Random random, List<T> values) {
        if (random.nextInt(3) != 0) {
            return List.of();
        }
        List<T> chosen = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            chosen.add(values.get(random.nextInt(values.size())));
        }
        return chosen;
    }

    private static PolicyInput randomCall(Random random) {
        return PolicyInput.builder().toolName(pick(random, TOOLS)).operation(pick(random, OPERATIONS))
                .verb(Verb.values()[random.nextInt(Verb.values().length)])
                .method(random.nextBoolean() ? pick(random, METHODS) : lowerCase(pick(random, METHODS)))
                .host(pick(random, CALL_HOSTS)).path(pick(random, CALL_PATHS)).agentId(pick(random, AGENTS))
                .agentName(pick(random, NAMES)).runtimeType(pick(random, RUNTIMES))
                .dataClasses(random.nextBoolean() ? Set.of() : Set.of(CLASSES.get(random.nextInt(CLASSES.size())))).build();
    }

    private static String lowerCase(String text) {
        return text == null ? null : text.toLowerCase(java.util.Locale.ROOT);
    }

    /** A value of the list, or now and then null (a call without that part). */
    private static <T> T pick(Random random, List<T> values) {
        return random.nextInt(10) == 0 ? null : values.get(random.nextInt(values.size()));
    }

    // ---- the engine as it was before rules were ordered once and lists looked up ----

    private static final Comparator<RuleMatchResult> EVALUATION_ORDER = Comparator
            .comparingInt((RuleMatchResult r) -> r.rule().priority()).reversed()
            .thenComparing(r -> r.rule().action().severity(), Comparator.reverseOrder());

    private PolicyVerdict referenceDecide(List<Policy> policies, PolicyInput call) {
        List<RuleMatchResult> candidates = new ArrayList<>();
        Policy override = null;
        for (Policy policy : policies) {
            if (!policy.enabled()) {
                continue;
            }
            if (policy.name().equals(BuiltinDefaultPolicy.NAME) && policy.mode() == PolicyMode.ENFORCE) {
                override = policy;
                continue;
            }
            policy.rules().forEach(rule -> candidates.add(new RuleMatchResult(policy, rule)));
        }
        candidates.sort(EVALUATION_ORDER);
        List<RuleMatchResult> monitorMatches = new ArrayList<>();
        for (RuleMatchResult candidate : candidates) {
            if (!referenceApplies(candidate.rule(), call)) {
                continue;
            }
            if (candidate.policy().mode() == PolicyMode.MONITOR) {
                monitorMatches.add(candidate);
                continue;
            }
            return new PolicyVerdict(candidate, monitorMatches);
        }
        if (override != null) {
            List<RuleMatchResult> overrideRules = new ArrayList<>();
            for (PolicyRule rule : override.rules()) {
                overrideRules.add(new RuleMatchResult(override, rule));
            }
            overrideRules.sort(EVALUATION_ORDER);
            for (RuleMatchResult candidate : overrideRules) {
                if (referenceApplies(candidate.rule(), call)) {
                    return new PolicyVerdict(candidate, monitorMatches);
                }
            }
        }
        Policy builtin = engine.builtinDefault();
        for (PolicyRule rule : builtin.rules()) {
            if (referenceApplies(rule, call)) {
                return new PolicyVerdict(new RuleMatchResult(builtin, rule), monitorMatches);
            }
        }
        throw new AssertionError("the built-in default ends with a rule that always matches");
    }

    private static boolean referenceApplies(PolicyRule rule, PolicyInput call) {
        RuleMatch m = rule.match();
        return anyOf(m.tools(), call.toolName())
                && anyOf(m.operations(), call.operation())
                && (m.verbs().isEmpty() || m.verbs().contains(call.verb()))
                && (m.methods().isEmpty() || m.methods().stream().anyMatch(x -> x.equalsIgnoreCase(call.method())))
                && (m.hosts().isEmpty() || m.hosts().stream().anyMatch(pattern -> pattern.matches(call.host())))
                && (m.paths().isEmpty() || m.paths().stream().anyMatch(glob -> glob.matches(call.path())))
                && anyOf(m.agentIds(), call.agentId())
                && anyOf(m.agentNames(), call.agentName())
                && anyOf(m.runtimeTypes(), call.runtimeType())
                && rule.condition().holds(call);
    }

    private static boolean anyOf(List<String> accepted, String value) {
        return accepted.isEmpty() || (value != null && accepted.contains(value));
    }
}
