package io.interven.gateway.policy;

import com.fasterxml.jackson.databind.JsonNode;
import io.interven.gateway.errors.ApiException;
import io.interven.gateway.errors.FieldProblem;
import io.interven.gateway.request.RequestReader;
import io.interven.gateway.tenancy.EnvironmentNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validates a policy document ({@code name, description, env_name, mode, enabled, rules}) into a
 * {@link PolicyDraft}. Every failing field is listed at once; rule problems name the rule and the field.
 */
public final class PolicyDocumentParser {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");
    public static final int MAX_RULES = 500;
    /** Unknown keys are refused: a misspelt "mode" must not silently enforce a policy meant to be monitored. */
    static final List<String> DOCUMENT_KEYS = List.of("name", "description", "env_name", "mode", "enabled", "rules");

    private PolicyDocumentParser() {
    }

    /** Parses a document; {@code defaultEnv} applies when it names no env_name. */
    public static PolicyDraft parse(JsonNode json, String defaultEnv) {
        RequestReader in = new RequestReader(json);
        if (json != null && json.isObject()) {
            json.fieldNames().forEachRemaining(key -> {
                if (!DOCUMENT_KEYS.contains(key)) {
                    in.problem(key, "is not a known key (known: " + String.join(", ", DOCUMENT_KEYS) + ")");
                }
            });
        }
        String name = in.text("name", true, 200, n -> NAME.matcher(n).matches(),
                "letters, digits, '.', '_' or '-', starting with a letter or digit").orElse(null);
        String description = in.text("description", false, 2000).orElse("");
        String envName = in.text("env_name", false, 63, EnvironmentNames::isValid,
                "lower-case letters, digits, '-' or '_'").orElse(defaultEnv);
        PolicyMode mode = in.text("mode", false, 16, m -> isMode(m), "enforce or monitor")
                .map(m -> PolicyMode.valueOf(m.toUpperCase(Locale.ROOT))).orElse(PolicyMode.ENFORCE);
        boolean enabled = true;
        JsonNode enabledNode = in.node("enabled");
        if (enabledNode != null && !enabledNode.isNull()) {
            if (enabledNode.isBoolean()) {
                enabled = enabledNode.asBoolean();
            } else {
                in.problem("enabled", "must be true or false");
            }
        }
        List<PolicyRule> rules = rules(in);
        in.validate();
        return new PolicyDraft(name, description, envName, mode, enabled, rules, PolicyJsonWriter.rules(rules));
    }

    private static boolean isMode(String mode) {
        return mode.equalsIgnoreCase("enforce") || mode.equalsIgnoreCase("monitor");
    }

    private static List<PolicyRule> rules(RequestReader in) {
        JsonNode node = in.node("rules");
        List<PolicyRule> rules = new ArrayList<>();
        if (node == null || node.isNull()) {
            in.problem("rules", "is required (a list of rules, possibly empty)");
            return rules;
        }
        if (!node.isArray()) {
            in.problem("rules", "must be a list of rules");
            return rules;
        }
        if (node.size() > MAX_RULES) {
            in.problem("rules", "must hold at most " + MAX_RULES + " rules");
            return rules;
        }
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            PolicyRule rule = RuleJsonParser.parse(node.get(i), i, problems);
            if (rule != null && !ids.add(rule.ruleId())) {
                problems.add(new FieldProblem("rules[" + i + "].rule_id",
                        "rule '" + rule.ruleId() + "': rule_id is used twice in this policy"));
            } else if (rule != null) {
                rules.add(rule);
            }
        }
        problems.forEach(p -> in.problem(p.field(), p.problem()));
        return rules;
    }

    /**
     * Re-reads rules stored in canonical form; they were validated when applied. Host patterns stored in an earlier
     * spelling of the same meaning are read as today's ({@link StoredHostSpellings}).
     */
    public static List<PolicyRule> storedRules(JsonNode storedJson) {
        JsonNode rulesJson = StoredHostSpellings.upgraded(storedJson);
        List<FieldProblem> problems = new ArrayList<>();
        List<PolicyRule> rules = new ArrayList<>();
        for (int i = 0; i < rulesJson.size(); i++) {
            PolicyRule rule = RuleJsonParser.parse(rulesJson.get(i), i, problems);
            if (rule != null) {
                rules.add(rule);
            }
        }
        if (!problems.isEmpty()) {
            throw new ApiException(io.interven.gateway.errors.ErrorCode.INTERNAL, "a stored policy no longer parses",
                    problems);
        }
        return rules;
    }
}
