package io.interven.gateway.core;

/**
 * One piece of evidence in a risk score and its share of it.
 *
 * @param kind         {@link #DATA_CLASS} (a class of data found, such as {@code PII}) or {@link #SIGNAL}
 * @param name         the data class, or the signal's reason code
 * @param weight       the evidence's weight in [0, 1]
 * @param contribution its share of the score; the contributions of a score add up to it (to rounding)
 */
public record RiskFactor(String kind, String name, double weight, double contribution) {
    public static final String DATA_CLASS = "data_class";
    public static final String SIGNAL = "signal";
}
