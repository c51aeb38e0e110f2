package io.interven.gateway.policy;

import com.fasterxml.jackson.databind.JsonNode;
import io.interven.gateway.errors.FieldProblem;
import io.interven.spi.HostPattern;
import io.interven.spi.Verb;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Parses one rule of the policy language. Unknown keys are errors, never ignored: a misspelt match key must not
 * silently widen a rule to every call. Every problem names the rule and the field.
 */
final class RuleJsonParser {
    static final Set<String> RULE_KEYS = Set.of("rule_id", "match", "condition", "action", "priority", "description");
    static final Set<String> MATCH_KEYS = Set.of("tool", "operation", "verb", "method", "host", "path", "agent_id",
            "agent_name", "runtime_type");
    static final Set<String> CONDITION_KEYS = Set.of("has_data_class", "has_entity_type", "risk_score_gte",
            "risk_band", "reason_code", "signal", "body_bytes_gte");

    private final String where;
    private final String label;
    private final List<FieldProblem> problems;

    private RuleJsonParser(String where, String label, List<FieldProblem> problems) {
        this.where = where;
        this.label = label;
        this.problems = problems;
    }

    /** The rule at {@code rules[index]}, or null when it has problems (added to {@code problems}). */
    static PolicyRule parse(JsonNode node, int index, List<FieldProblem> problems) {
        String where = "rules[" + index + "]";
        if (node == null || !node.isObject()) {
            problems.add(new FieldProblem(where, "must be an object"));
            return null;
        }
        JsonNode id = node.get("rule_id");
        String ruleId = id != null && id.isTextual() && !id.asText().isBlank() ? id.asText() : null;
        RuleJsonParser parser = new RuleJsonParser(where, ruleId == null ? where : "rule '" + ruleId + "'", problems);
        int before = problems.size();
        if (ruleId == null) {
            parser.problem("rule_id", "is required (a non-blank string)");
        } else if (ruleId.length() > 200) {
            parser.problem("rule_id", "must be at most 200 characters");
        }
        parser.unknownKeys(node, RULE_KEYS, "");
        RuleMatch match = parser.match(node.get("match"));
        RuleCondition condition = parser.condition(node.get("condition"));
        Decision action = parser.action(node.get("action"));
        int priority = parser.priority(node.get("priority"));
        String description = parser.description(node.get("description"));
        if (problems.size() > before) {
            return null;
        }
        return new PolicyRule(ruleId, match, condition, action, priority, description);
    }

    private void problem(String field, String problem) {
        problems.add(new FieldProblem(where + "." + field, label + ": " + problem));
    }

    private void unknownKeys(JsonNode object, Set<String> allowed, String prefix) {
        Iterator<String> names = object.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                problem(prefix + name, "is not a known key (known: " + String.join(", ", allowed.stream().sorted()
                        .toList()) + ")");
            }
        }
    }

    private RuleMatch match(JsonNode node) {
        if (node == null || node.isNull()) {
            return RuleMatch.EVERYTHING;
        }
        if (!node.isObject()) {
            problem("match", "must be an object");
            return RuleMatch.EVERYTHING;
        }
        unknownKeys(node, MATCH_KEYS, "match.");
        return new RuleMatch(
                strings(node, "match.tool"), strings(node, "match.operation"),
                values(node, "match.verb", v -> Verb.valueOf(v.toUpperCase(Locale.ROOT)), "READ, WRITE or DELETE"),
                strings(node, "match.method").stream().map(m -> m.toUpperCase(Locale.ROOT)).toList(),
                hostPatterns(node),
                strings(node, "match.path").stream().map(PathGlob::of).toList(),
                strings(node, "match.agent_id"), strings(node, "match.agent_name"),
                strings(node, "match.runtime_type"));
    }

    private RuleCondition condition(JsonNode node) {
        if (node == null || node.isNull()) {
            return RuleCondition.ALWAYS;
        }
        if (!node.isObject()) {
            problem("condition", "must be an object");
            return RuleCondition.ALWAYS;
        }
        unknownKeys(node, CONDITION_KEYS, "condition.");
        Double score = null;
        JsonNode scoreNode = node.get("risk_score_gte");
        if (scoreNode != null && !scoreNode.isNull()) {
            if (!scoreNode.isNumber() || scoreNode.asDouble() < 0 || scoreNode.asDouble() > 1) {
                problem("condition.risk_score_gte", "must be a number from 0.0 to 1.0");
            } else {
                score = scoreNode.asDouble();
            }
        }
        List<RiskBand> bands = values(node, "condition.risk_band", v -> RiskBand.valueOf(v.toUpperCase(Locale.ROOT)),
                "LOW, MEDIUM, HIGH or CRITICAL");
        if (bands.size() > 1) {
            problem("condition.risk_band", "must be one band (the least band that satisfies the rule)");
        }
        Integer bodyBytes = null;
        JsonNode bytesNode = node.get("body_bytes_gte");
        if (bytesNode != null && !bytesNode.isNull()) {
            if (!bytesNode.canConvertToInt() || !bytesNode.isIntegralNumber() || bytesNode.asInt() < 0) {
                problem("condition.body_bytes_gte", "must be a whole number of bytes, at least 0");
            } else {
                bodyBytes = bytesNode.asInt();
            }
        }
        return new RuleCondition(strings(node, "condition.has_data_class"), strings(node, "condition.has_entity_type"),
                score, bands.isEmpty() ? null : bands.get(0), strings(node, "condition.reason_code"),
                strings(node, "condition.signal"), bodyBytes);
    }

    private Decision action(JsonNode node) {
        if (node == null || !node.isTextual()) {
            problem("action", "is required: one of ALLOW, DENY, SANITIZE, REQUIRE_APPROVAL");
            return null;
        }
        try {
            return Decision.valueOf(node.asText().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problem("action", "must be one of ALLOW, DENY, SANITIZE, REQUIRE_APPROVAL");
            return null;
        }
    }

    private String description(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual() || node.asText().length() > 2000) {
            problem("description", "must be a string of at most 2000 characters");
            return null;
        }
        return node.asText();
    }

    private int priority(JsonNode node) {
        if (node == null || node.isNull()) {
            return 0;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            problem("priority", "must be a whole number");
            return 0;
        }
        return node.asInt();
    }

    /** A value or a list of values, each a non-blank string. */
    private List<String> strings(JsonNode parent, String path) {
        List<String> values = new ArrayList<>();
        eachString(parent, path, (field, value) -> values.add(value));
        return values;
    }

    /** The host patterns of {@code match.host}; a value that is not one is a problem naming its field. */
    private List<HostPattern> hostPatterns(JsonNode match) {
        List<HostPattern> patterns = new ArrayList<>();
        eachString(match, "match.host", (field, value) -> {
            try {
                patterns.add(HostPattern.parse(value));
            } catch (IllegalArgumentException e) {
                problem(field, e.getMessage());
            }
        });
        return patterns;
    }

    /** Each non-blank string of a value or a list of values, with its field ({@code match.host[1]}). */
    private void eachString(JsonNode parent, String path, BiConsumer<String, String> consumer) {
        JsonNode node = parent.get(path.substring(path.indexOf('.') + 1));
        if (node == null || node.isNull()) {
            return;
        }
        if (node.isTextual()) {
            nonBlank(node, path, consumer);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                if (node.get(i).isTextual()) {
                    nonBlank(node.get(i), path + "[" + i + "]", consumer);
                } else {
                    problem(path + "[" + i + "]", "must be a string");
                }
            }
        } else {
            problem(path, "must be a string or a list of strings");
        }
    }

    private void nonBlank(JsonNode node, String path, BiConsumer<String, String> consumer) {
        if (node.asText().isBlank()) {
            problem(path, "must not be blank");
        } else {
            consumer.accept(path, node.asText());
        }
    }

    private <T> List<T> values(JsonNode parent, String path, Function<String, T> convert, String expected) {
        List<T> out = new ArrayList<>();
        for (String value : strings(parent, path)) {
            try {
                out.add(convert.apply(value));
            } catch (IllegalArgumentException e) {
                problem(path, "must be " + expected + ", was '" + value + "'");
            }
        }
        return out;
    }
}
