package io.interven.gateway.core;

import com.fasterxml.jackson.databind.JsonNode;
import io.interven.spi.FieldLocation;
import io.interven.spi.ScanField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Cuts a call into the text fields detectors scan: the URL, each header value, and each body string or number. */
public final class CallFieldExtractor {
    public static final String URL_PATH = "url";
    public static final String HEADER_PATH_PREFIX = "headers.";

    private CallFieldExtractor() {
    }

    public static List<ScanField> fieldsOf(CallInput call) {
        List<ScanField> fields = new ArrayList<>();
        fields.add(new ScanField(URL_PATH, FieldLocation.URL, null, call.url()));
        for (Map.Entry<String, String> header : call.headers().entrySet()) {
            fields.add(new ScanField(HEADER_PATH_PREFIX + header.getKey(), FieldLocation.HEADER, header.getKey(),
                    header.getValue()));
        }
        JsonNode body = call.body();
        if (body != null && !body.isNull()) {
            JsonTextWalker.walk(body, (path, key, text) -> {
                if (!text.isEmpty()) {
                    fields.add(new ScanField(path, FieldLocation.BODY, key, text));
                }
                return Optional.empty();
            });
        }
        return fields;
    }
}
