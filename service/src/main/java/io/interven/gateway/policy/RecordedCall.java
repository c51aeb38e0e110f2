package io.interven.gateway.policy;

import java.util.UUID;

/** A past call as a trace recorded it: the features policies saw and the decision policies made. */
public record RecordedCall(UUID traceId, Decision recordedDecision, PolicyInput policyInput) {
}
