package io.interven.gateway.trace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interven.gateway.policy.PolicyInput;
import io.interven.gateway.policy.RiskBand;
import io.interven.gateway.policy.GatewayReasonCodes;
import io.interven.spi.Verb;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The policy input of a trace that has no policy input document, rebuilt from its columns: traces written before
 * the document was stored (migration V4), and traces kept only minimally because their full row could not be
 * written. Close to what the engine saw, not always equal: entity types come from the findings the trace kept,
 * signals from the first {@value TraceRecordFactory#MAX_SIGNALS} kept, reason codes without those added after the
 * decision (APPROVED, MONITOR_ONLY), and a trace without a path replays as path {@code /}.
 */
final class LegacyPolicyInput {
    private LegacyPolicyInput() {
    }

    static PolicyInput of(TraceRecord t, ObjectMapper json) {
        Set<String> reasons = split(t.reasonCodes());
        reasons.remove(GatewayReasonCodes.APPROVED);
        reasons.remove(GatewayReasonCodes.MONITOR_ONLY);
        return PolicyInput.builder()
                .toolName(t.toolName())
                .operation(t.operation())
                .verb(Verb.valueOf(t.verb()))
                .method(t.method())
                .host(t.host())
                .path(t.path() == null ? "/" : t.path())
                .agentId(t.agentId() == null ? null : t.agentId().toString())
                .agentName(t.agentName())
                .runtimeType(t.runtimeType())
                .dataClasses(split(t.classifications()))
                .entityTypes(values(json, t.findingsJson(), "entity_type"))
                .riskScore(t.riskScore())
                .riskBand(RiskBand.valueOf(t.riskBand()))
                .reasonCodes(reasons)
                .signalIds(values(json, t.signalsJson(), "signal_id"))
                .bodyBytes(t.bodyBytes())
                .build();
    }

    private static Set<String> split(String joined) {
        return joined == null || joined.isEmpty() ? new HashSet<>() : new HashSet<>(Arrays.asList(joined.split(",")));
    }

    private static Set<String> values(ObjectMapper json, String jsonArray, String field) {
        try {
            Set<String> out = new HashSet<>();
            for (JsonNode item : json.readTree(jsonArray)) {
                if (item.hasNonNull(field)) {
                    out.add(item.get(field).asText());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("stored trace JSON is not readable", e);
        }
    }
}
