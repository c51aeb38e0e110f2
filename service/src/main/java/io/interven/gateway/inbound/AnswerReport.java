package io.interven.gateway.inbound;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import io.interven.gateway.scan.ResponseReports;
import io.interven.gateway.tenancy.TenantRow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports a forwarded call's answer as the agent itself would through {@code POST /v1/scan/response}: the kept start
 * of a text answer (JSON, text, XML, form; or no declared type) is classified and recorded with the call's trace, and
 * for a READ call its sensitive values join the agent's history as keyed hashes, where a later write of them is
 * {@code EXFIL_READ_WRITE}. A JSON answer longer than what was kept is classified as text. Binary answers are not
 * classified. A failure is logged (never with content) and never changes what the caller received.
 */
final class AnswerReport {
    private static final Logger LOG = LoggerFactory.getLogger(AnswerReport.class);

    private final ResponseReports reports;
    private final TenantRow tenant;
    private final String envName;
    private final UUID traceId;
    private final ObjectMapper mapper;

    AnswerReport(ResponseReports reports, TenantRow tenant, String envName, UUID traceId, ObjectMapper mapper) {
        this.reports = reports;
        this.tenant = tenant;
        this.envName = envName;
        this.traceId = traceId;
        this.mapper = mapper;
    }

    void of(int status, Map<String, List<String>> headers, byte[] kept, boolean truncated) {
        String type = contentType(headers);
        if (kept.length == 0 || !isText(type)) {
            return;
        }
        try {
            reports.report(tenant, envName, traceId, status, body(kept, type, truncated));
        } catch (RuntimeException e) {
            LOG.warn("the answer to trace {} was not classified ({})", traceId, e.getClass().getName());
        }
    }

    private JsonNode body(byte[] kept, String type, boolean truncated) {
        if (!truncated && type.contains("json")) {
            try {
                return mapper.readTree(kept);
            } catch (IOException e) {
                // not JSON after all: classified as text
            }
        }
        return TextNode.valueOf(new String(kept, StandardCharsets.UTF_8));
    }

    private static boolean isText(String type) {
        return type.isEmpty() || type.contains("json") || type.startsWith("text/") || type.contains("xml")
                || type.contains("x-www-form-urlencoded");
    }

    private static String contentType(Map<String, List<String>> headers) {
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            if (header.getKey().equalsIgnoreCase("Content-Type") && !header.getValue().isEmpty()) {
                return header.getValue().get(0).toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }
}
