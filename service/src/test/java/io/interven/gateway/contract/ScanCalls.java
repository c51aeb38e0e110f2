package io.interven.gateway.contract;

import java.util.LinkedHashMap;
import java.util.Map;

/** Requests for {@code POST /v1/scan} whose outcome without a secrets plugin is known. */
final class ScanCalls {
    static final String EMAIL = "jane.doe@example.com";

    private ScanCalls() {
    }

    /** The reference's Slack "hello": ALLOW, LOW. */
    static Map<String, Object> benign() {
        return Map.of("method", "POST", "url", "https://hooks.slack.com/services/T1/B1/x",
                "body", Map.of("text", "hello"));
    }

    /** An e-mail address written to an unknown destination: SANITIZE for PII. */
    static Map<String, Object> emailToUnknownDestination() {
        return Map.of("method", "POST", "url", "https://crm.example.org/api/notes",
                "body", Map.of("note", "call back " + EMAIL + " tomorrow"));
    }

    /** {@code request} with {@code agent_id} added. */
    static Map<String, Object> forAgent(Map<String, Object> request, String agentId) {
        Map<String, Object> withAgent = new LinkedHashMap<>(request);
        withAgent.put("agent_id", agentId);
        return withAgent;
    }
}
