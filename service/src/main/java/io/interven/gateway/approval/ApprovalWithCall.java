package io.interven.gateway.approval;

import io.interven.gateway.trace.TraceRecord;

/**
 * An approval with the trace of the call it is about, read in one statement ({@link ApprovalDao#LISTED});
 * {@code call} is null until the trace is written.
 */
public record ApprovalWithCall(ApprovalRow approval, TraceRecord call) {
}
