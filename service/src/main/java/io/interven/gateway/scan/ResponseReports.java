package io.interven.gateway.scan;

import com.fasterxml.jackson.databind.JsonNode;
import io.interven.gateway.core.ClassifiedResponse;
import io.interven.gateway.core.ResponseClassification;
import io.interven.gateway.core.ResponseClassifier;
import io.interven.gateway.history.HistoryRecorder;
import io.interven.gateway.history.ReadValueHashes;
import io.interven.gateway.history.RecordedCall;
import io.interven.gateway.tenancy.TenantRow;
import io.interven.gateway.trace.ResponseScans;
import io.interven.gateway.trace.TraceRecord;
import io.interven.gateway.trace.TraceSearch;
import io.interven.spi.Verb;
import java.util.Optional;
import java.util.UUID;

/**
 * What the gateway does with the answer an upstream gave to a scanned call, whoever reports it (an agent through
 * {@code POST /v1/scan/response}, or the inbound proxy that forwarded the call): classify it, keep the classification
 * (types, counts, fingerprint; never content) with the call's trace, and, for the answer to a READ call, add keyed
 * hashes of its sensitive values and long text fields (never the values) to the agent's history for the read-value
 * window. The caller has checked that the trace is the reporter's own.
 */
public final class ResponseReports {
    private final ResponseClassifier classifier;
    private final TraceSearch traces;
    private final ResponseScans responseScans;
    private final HistoryRecorder history;
    private final int maxValuesPerResponse;

    /**
     * @param history              where the keyed hashes of what a READ call's response carried are recorded
     * @param maxValuesPerResponse the most hashes kept from one response (0 keeps none)
     */
    public ResponseReports(ResponseClassifier classifier, TraceSearch traces, ResponseScans responseScans,
                           HistoryRecorder history, int maxValuesPerResponse) {
        this.classifier = classifier;
        this.traces = traces;
        this.responseScans = responseScans;
        this.history = history;
        this.maxValuesPerResponse = maxValuesPerResponse;
    }

    /**
     * Classifies and records the answer to the call traced {@code traceId}.
     *
     * @param body   the answer's body (object, array or text); null for none
     * @param status the answer's HTTP status; null when unknown
     */
    public ResponseClassification report(TenantRow tenant, String envName, UUID traceId, Integer status,
                                         JsonNode body) {
        ClassifiedResponse full = classifier.classifyInFull(body == null || body.isNull() ? null : body,
                tenant.hmacSalt());
        ResponseClassification result = full.classification();
        responseScans.record(tenant.id(), envName, traceId, status, result);
        rememberWhatWasRead(tenant, traceId, full);
        return result;
    }

    /**
     * For the answer to a READ call, the keyed hashes of the values and text fragments it carried go to the agent's
     * history, where a later write carrying one of them is recognized ({@code EXFIL_READ_WRITE}). The call is this
     * node's recent scan, or else its stored trace.
     */
    private void rememberWhatWasRead(TenantRow tenant, UUID traceId, ClassifiedResponse response) {
        if (maxValuesPerResponse <= 0 || response.fields().isEmpty()) {
            return;
        }
        Optional<RecordedCall> call = history.recentCall(tenant.id(), traceId).or(() -> traces.find(tenant.id(),
                traceId).filter(ResponseReports::describesItsCall).map(trace ->
                new RecordedCall(trace.tenantId(), trace.agentId().toString(), trace.createdAt(), trace.toolName(),
                        trace.operation(), Verb.valueOf(trace.verb()), trace.host(), traceId, true)));
        call.filter(c -> c.verb() == Verb.READ).ifPresent(c -> history.recordRead(c,
                ReadValueHashes.of(tenant.hmacSalt(), response.findings(), response.fields(), maxValuesPerResponse)));
    }

    private static boolean describesItsCall(TraceRecord trace) {
        return trace.agentId() != null && Verb.READ.name().equals(trace.verb()) && trace.toolName() != null
                && trace.operation() != null && trace.host() != null;
    }
}
