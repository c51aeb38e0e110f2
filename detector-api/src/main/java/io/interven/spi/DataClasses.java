package io.interven.spi;

/** The canonical data classes. Plugins may report further classes (for example {@code FINANCIAL}). */
public final class DataClasses {
    public static final String SECRETS = "SECRETS";
    public static final String PII = "PII";

    private DataClasses() {
    }
}
