package io.interven.spi;

/**
 * A risk signal that fired.
 *
 * @param signalId   the {@link RiskSignal#id()} that fired
 * @param reasonCode the reason code it adds to the answer, for example {@link ReasonCodes#CREDENTIAL_HOST_MISMATCH}
 * @param weight     how much risk it adds, 0.0 to 1.0; weights combine as independent probabilities
 * @param detail     a short explanation for analysts; it must never contain a secret or PII value
 */
public record SignalResult(String signalId, String reasonCode, double weight, String detail) {
    public SignalResult {
        Require.nonBlank(signalId, "signalId");
        Require.nonBlank(reasonCode, "reasonCode");
        Require.unitInterval(weight, "weight");
        detail = detail == null ? "" : detail;
    }
}
