package io.interven.gateway.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Host patterns stored before host patterns had one meaning, in the spellings that mean exactly what a host pattern
 * means today: {@code **.slack.com} (any sub-domain at any depth, never the apex) is {@code *.slack.com}, and a bare
 * {@code **} (any host) is {@code *}. Only stored rules are read this way, so a policy applied earlier keeps
 * deciding; {@code POST /v1/policies/apply} refuses these spellings like any other. A stored spelling with no
 * equivalent ({@code api-*.example.com}) is left as it is, and the policy fails to load: its environment answers
 * DENY until it is applied again.
 */
final class StoredHostSpellings {
    private static final String ANY_DEPTH_BEFORE = "**.";
    private static final String ANY_HOST_BEFORE = "**";

    private StoredHostSpellings() {
    }

    /** {@code rulesJson} with every earlier spelling in {@code match.host} written as today's; the input is untouched. */
    static JsonNode upgraded(JsonNode rulesJson) {
        JsonNode copy = rulesJson.deepCopy();
        for (JsonNode rule : copy) {
            JsonNode match = rule.get("match");
            if (match instanceof ObjectNode matchObject && match.has("host")) {
                JsonNode host = match.get("host");
                if (host.isTextual()) {
                    matchObject.set("host", TextNode.valueOf(today(host.asText())));
                } else if (host instanceof ArrayNode hosts) {
                    for (int i = 0; i < hosts.size(); i++) {
                        if (hosts.get(i).isTextual()) {
                            hosts.set(i, TextNode.valueOf(today(hosts.get(i).asText())));
                        }
                    }
                }
            }
        }
        return copy;
    }

    static String today(String stored) {
        if (stored.equals(ANY_HOST_BEFORE)) {
            return "*";
        }
        if (stored.startsWith(ANY_DEPTH_BEFORE) && stored.indexOf('*', ANY_DEPTH_BEFORE.length()) < 0) {
            return "*." + stored.substring(ANY_DEPTH_BEFORE.length());
        }
        return stored;
    }
}
