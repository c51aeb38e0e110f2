package io.interven.gateway.core;

/**
 * The timed stages of a scan request, in the order they run. Their labels are what the admin port's
 * {@code interven_scan_stage_seconds} metric carries as {@code stage}.
 */
public enum ScanStage {
    /** Resolving the caller's API key (every authenticated request, not only scans). */
    AUTH("auth"),
    /** Reading and parsing the request body into a scan request (its arrival over the network included). */
    PARSE("parse"),
    /** Recognizing the tool and operation of the call. */
    TOOL("tool"),
    /** Taking the call apart into fields, decoding nested layers (base64, URL, JSON in strings...). */
    DECODE("decode"),
    /** Every detector over every field (each detector also has its own timer). */
    DETECT("detect"),
    /** Evaluating the risk signals and scoring the risk. */
    SIGNALS("signals"),
    /** Matching the tenant's policies. */
    POLICY("policy"),
    /** Sanitizing the call (SANITIZE decisions) and telling principals from content. */
    SANITIZE("sanitize"),
    /** Hiding every found value from what the answer and the trace disclose. */
    DISCLOSE("disclose"),
    /** Looking up or requesting an approval (REQUIRE_APPROVAL decisions only). */
    APPROVAL("approval"),
    /** Building the trace record and handing it to the trace writer's queue. */
    TRACE_ENQUEUE("trace_enqueue");

    private final String label;

    ScanStage(String label) {
        this.label = label;
    }

    /** The stage's label value: lower case, stable. */
    public String label() {
        return label;
    }
}
