package io.interven.gateway.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.interven.spi.HostPattern;
import java.util.List;
import java.util.function.Function;

/**
 * Writes rules in their canonical JSON form: fixed key order, every list an array, absent parts left out. Two
 * policies with the same meaning get the same text, which is what versioning compares.
 */
public final class PolicyJsonWriter {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private PolicyJsonWriter() {
    }

    public static ArrayNode rules(List<PolicyRule> rules) {
        ArrayNode array = JSON.arrayNode();
        rules.forEach(rule -> array.add(rule(rule)));
        return array;
    }

    public static ObjectNode rule(PolicyRule rule) {
        ObjectNode node = JSON.objectNode();
        node.put("rule_id", rule.ruleId());
        node.set("match", match(rule.match()));
        node.set("condition", condition(rule.condition()));
        node.put("action", rule.action().name());
        node.put("priority", rule.priority());
        if (rule.description() != null) {
            node.put("description", rule.description());
        }
        return node;
    }

    private static ObjectNode match(RuleMatch m) {
        ObjectNode node = JSON.objectNode();
        list(node, "tool", m.tools(), s -> s);
        list(node, "operation", m.operations(), s -> s);
        list(node, "verb", m.verbs(), Enum::name);
        list(node, "method", m.methods(), s -> s);
        list(node, "host", m.hosts(), HostPattern::source);
        list(node, "path", m.paths(), PathGlob::source);
        list(node, "agent_id", m.agentIds(), s -> s);
        list(node, "agent_name", m.agentNames(), s -> s);
        list(node, "runtime_type", m.runtimeTypes(), s -> s);
        return node;
    }

    private static ObjectNode condition(RuleCondition c) {
        ObjectNode node = JSON.objectNode();
        list(node, "has_data_class", c.hasDataClass(), s -> s);
        list(node, "has_entity_type", c.hasEntityType(), s -> s);
        if (c.riskScoreGte() != null) {
            node.put("risk_score_gte", c.riskScoreGte());
        }
        if (c.riskBandAtLeast() != null) {
            node.put("risk_band", c.riskBandAtLeast().name());
        }
        list(node, "reason_code", c.reasonCodes(), s -> s);
        list(node, "signal", c.signalsFired(), s -> s);
        if (c.bodyBytesGte() != null) {
            node.put("body_bytes_gte", c.bodyBytesGte());
        }
        return node;
    }

    private static <T> void list(ObjectNode node, String key, List<T> values, Function<T, String> text) {
        if (!values.isEmpty()) {
            ArrayNode array = node.putArray(key);
            values.forEach(value -> array.add(text.apply(value)));
        }
    }

    /** Canonical text of a whole policy's content, for change detection. */
    public static String contentOf(PolicyDraft draft) {
        ObjectNode node = JSON.objectNode();
        node.put("description", draft.description());
        node.put("mode", draft.mode().name());
        node.put("enabled", draft.enabled());
        node.set("rules", draft.rulesJson());
        return node.toString();
    }

    public static JsonNode asJson(List<PolicyRule> rules) {
        return rules(rules);
    }
}
