package io.interven.gateway.core;

import io.interven.gateway.core.fields.CallSlots;
import io.interven.gateway.core.fields.SpanRedactor;
import io.interven.spi.Finding;
import io.interven.spi.OutboundCall;
import java.util.List;

/**
 * The path of a call's URL as traces keep it: without query or fragment, with any finding in it redacted (data and
 * the call's own credentials alike: a webhook URL is its secret), and normalized as policies see it (so that
 * simulated rules match recorded calls as they matched live ones).
 */
final class RedactedPath {
    private static final int MAX_LENGTH = 2000;

    private RedactedPath() {
    }

    static String of(String url, List<Finding> findings) {
        List<Finding> inUrl = findings.stream().filter(f -> f.path().equals(CallSlots.URL_PATH)).toList();
        String text = inUrl.isEmpty() ? url : SpanRedactor.redact(url, inUrl).text();
        int scheme = text.indexOf("://");
        int start = text.indexOf('/', scheme < 0 ? 0 : scheme + 3);
        if (start < 0) {
            return "/";
        }
        int end = text.length();
        for (char stop : new char[] {'?', '#'}) {
            int at = text.indexOf(stop, start);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String path = OutboundCall.normalizedPath(text.substring(start, end));
        return path.length() > MAX_LENGTH ? path.substring(0, MAX_LENGTH) : path;
    }
}
