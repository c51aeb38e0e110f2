package io.interven.gateway.telemetry;

/**
 * The attributes of the gateway's server span: the OpenTelemetry HTTP conventions for method, route and status,
 * and the gateway's own ids and types. Never a body, a header value, a query or a raw path.
 */
public final class SpanAttributes {
    public static final String METHOD = "http.request.method";
    public static final String ROUTE = "http.route";
    public static final String STATUS_CODE = "http.response.status_code";
    public static final String TENANT_ID = "interven.tenant_id";
    public static final String DECISION = "interven.decision";
    public static final String TOOL = "interven.tool";
    /** The id of the scan's audit trace ({@code GET /v1/traces/{id}}). */
    public static final String SCAN_TRACE_ID = "interven.trace_id";

    private SpanAttributes() {
    }
}
