package io.interven.spi;

/**
 * Reason codes that plugins emit and that appear in scan answers. Signals may add their own upper-case codes. The
 * gateway's own codes ({@code APPROVED}, {@code MONITOR_ONLY}, {@code PIPELINE_FAILURE}) are not here: they say
 * what the gateway did with a call, and a signal that returns one of them fails the scan closed.
 */
public final class ReasonCodes {
    public static final String SECRETS = "SECRETS";
    public static final String PII = "PII";
    public static final String EXTERNAL_PRINCIPAL = "EXTERNAL_PRINCIPAL";
    public static final String THREAT_INTEL = "THREAT_INTEL";
    public static final String BASELINE_ANOMALY = "BASELINE_ANOMALY";
    public static final String EXFIL_READ_WRITE = "EXFIL_READ_WRITE";
    public static final String CREDENTIAL_HOST_MISMATCH = "CREDENTIAL_HOST_MISMATCH";
    public static final String PROMPT_INJECTION = "PROMPT_INJECTION";
    public static final String ENCODED_PAYLOAD = "ENCODED_PAYLOAD";
    public static final String EPHEMERAL_SCOPE = "EPHEMERAL_SCOPE";

    private ReasonCodes() {
    }
}
