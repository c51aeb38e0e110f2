package io.interven.gateway.trace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interven.gateway.policy.Decision;
import io.interven.gateway.policy.DecisionFeatures;
import io.interven.gateway.policy.GatewayReasonCodes;
import io.interven.gateway.policy.RecordedCall;
import io.interven.gateway.policy.RiskBand;
import io.interven.spi.Verb;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * Past calls of an environment rebuilt from their traces, for policy simulation: the features as policies saw
 * them, and the decision policies made (REQUIRE_APPROVAL for a call an approval later let through). Calls that
 * failed closed were not decided by policy and are left out.
 */
public class RecordedCalls {
    private final Jdbi jdbi;
    private final ObjectMapper json;

    public RecordedCalls(Jdbi jdbi, ObjectMapper json) {
        this.jdbi = jdbi;
        this.json = json;
    }

    /** At most {@code cap} calls with {@code since <= created_at < until}, newest first. */
    public List<RecordedCall> between(UUID tenantId, String envName, long since, long until, int cap) {
        List<TraceRecord> traces = jdbi.withExtension(TraceDao.class,
                dao -> dao.between(tenantId, envName, since, until, cap));
        return traces.stream().map(this::recorded).flatMap(Optional::stream).toList();
    }

    private Optional<RecordedCall> recorded(TraceRecord t) {
        Set<String> reasons = split(t.reasonCodes());
        if (reasons.contains(GatewayReasonCodes.PIPELINE_FAILURE)) {
            return Optional.empty();
        }
        Decision decided = reasons.contains(GatewayReasonCodes.APPROVED) ? Decision.REQUIRE_APPROVAL
                : Decision.valueOf(t.decision());
        reasons.remove(GatewayReasonCodes.APPROVED);
        reasons.remove(GatewayReasonCodes.MONITOR_ONLY);
        DecisionFeatures features = new DecisionFeatures(t.toolName(), t.operation(), Verb.valueOf(t.verb()),
                t.method(), t.host(), t.path() == null ? "/" : t.path(),
                t.agentId() == null ? null : t.agentId().toString(), t.agentName(), t.runtimeType(),
                split(t.classifications()), values(t.findingsJson(), "entity_type"), t.riskScore(),
                RiskBand.valueOf(t.riskBand()), reasons, values(t.signalsJson(), "signal_id"), t.bodyBytes());
        return Optional.of(new RecordedCall(t.traceId(), decided, features));
    }

    private static Set<String> split(String joined) {
        return joined == null || joined.isEmpty() ? new HashSet<>() : new HashSet<>(Arrays.asList(joined.split(",")));
    }

    private Set<String> values(String jsonArray, String field) {
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
