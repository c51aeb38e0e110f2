package io.interven.gateway.core;

import com.fasterxml.jackson.databind.JsonNode;
import io.interven.spi.FieldLocation;
import io.interven.spi.Finding;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Redacts data findings in place, keeping the body's JSON structure; the original body is left untouched. */
public class Sanitizer {

    public SanitizedCall sanitize(CallInput call, List<Finding> dataFindings) {
        Map<String, List<Finding>> byPath = dataFindings.stream()
                .collect(Collectors.groupingBy(Finding::path, LinkedHashMap::new, Collectors.toList()));
        int[] redactions = {0};

        JsonNode body = call.body() == null ? null : JsonTextWalker.walk(call.body().deepCopy(), (path, key, text) -> {
            List<Finding> here = byPath.get(path);
            if (here == null || here.stream().noneMatch(f -> f.location() == FieldLocation.BODY)) {
                return Optional.empty();
            }
            SpanRedactor.Redacted redacted = SpanRedactor.redact(text, here);
            redactions[0] += redacted.redactions();
            return Optional.of(redacted.text());
        });

        String url = null;
        List<Finding> inUrl = byPath.get(CallFieldExtractor.URL_PATH);
        if (inUrl != null) {
            SpanRedactor.Redacted redacted = SpanRedactor.redact(call.url(), inUrl);
            redactions[0] += redacted.redactions();
            url = redacted.text();
        }

        Map<String, String> headers = null;
        for (Map.Entry<String, String> header : call.headers().entrySet()) {
            List<Finding> inHeader = byPath.get(CallFieldExtractor.HEADER_PATH_PREFIX + header.getKey());
            if (inHeader == null) {
                continue;
            }
            if (headers == null) {
                headers = new LinkedHashMap<>(call.headers());
            }
            SpanRedactor.Redacted redacted = SpanRedactor.redact(header.getValue(), inHeader);
            redactions[0] += redacted.redactions();
            headers.put(header.getKey(), redacted.text());
        }
        return new SanitizedCall(body, url, headers, redactions[0]);
    }
}
