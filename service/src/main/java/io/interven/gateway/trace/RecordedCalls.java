package io.interven.gateway.trace;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.interven.gateway.policy.Decision;
import io.interven.gateway.policy.PolicyInput;
import io.interven.gateway.policy.PolicyInputDocument;
import io.interven.gateway.policy.RecordedCall;
import io.interven.gateway.policy.GatewayReasonCodes;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * Past calls of an environment as their traces recorded them, for policy simulation: the policy input the engine
 * evaluated, read from the trace's policy input document (rebuilt from the trace's columns only for a trace
 * without one, {@link LegacyPolicyInput}), and the decision policies made (REQUIRE_APPROVAL for a call an approval
 * later let through). Calls that failed closed, or that the gateway refused whatever policies decided (a call not
 * wholly decoded, a looping or too deep delegation chain, outside an ephemeral key's scope), were not decided by
 * policy and are left out.
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
        List<String> reasons = t.reasonCodes().isEmpty() ? List.of() : Arrays.asList(t.reasonCodes().split(","));
        if (GatewayReasonCodes.overridePolicy(reasons)) {
            return Optional.empty(); // refused whatever policies decided: no draft could change it
        }
        Decision decided = reasons.contains(GatewayReasonCodes.APPROVED) ? Decision.REQUIRE_APPROVAL
                : Decision.valueOf(t.decision());
        return Optional.of(new RecordedCall(t.traceId(), decided, policyInput(t)));
    }

    private PolicyInput policyInput(TraceRecord t) {
        if (t.policyInput() == null) {
            return LegacyPolicyInput.of(t, json);
        }
        try {
            return PolicyInputDocument.read(t.policyInput());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the policy input stored with trace " + t.traceId() + " is not readable",
                    e);
        }
    }
}
