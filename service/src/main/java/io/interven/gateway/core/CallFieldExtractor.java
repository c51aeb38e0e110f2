package io.interven.gateway.core;

import io.interven.gateway.core.fields.CallSlots;
import io.interven.spi.ScanField;
import java.util.List;

/**
 * Cuts a call into the text fields detectors scan: the URL, each query value, each header value, and each body
 * string, number and key, with JSON-in-strings, forms, percent-encoding, base64 and Basic auth decoded.
 */
public final class CallFieldExtractor {
    public static final String URL_PATH = CallSlots.URL_PATH;
    public static final String HEADER_PATH_PREFIX = CallSlots.HEADER_PATH_PREFIX;

    private CallFieldExtractor() {
    }

    public static List<ScanField> fieldsOf(CallInput call) {
        return CallSlots.of(call).fields();
    }
}
