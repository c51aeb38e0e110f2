package io.interven.gateway.trace;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.interven.spi.SignalResult;

/**
 * A risk signal as a trace keeps it, its texts bounded and cleaned for storage. Its JSON is the trace's
 * {@code signals} document, the same shape the scan answer uses.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record StoredSignal(String signalId, String reasonCode, double weight, String detail) {
    private static final int MAX_NAME = 100;
    private static final int MAX_DETAIL = 1000;

    static StoredSignal of(SignalResult signal) {
        return new StoredSignal(StoredText.required(signal.signalId(), MAX_NAME),
                StoredText.required(signal.reasonCode(), MAX_NAME), signal.weight(),
                StoredText.bounded(signal.detail(), MAX_DETAIL));
    }
}
