package io.interven.spi;

import java.util.Locale;

/** What a recognized operation does to the remote system, independent of the HTTP method used. */
public enum Verb {
    READ,
    WRITE,
    DELETE;

    /**
     * The verb of a call known only by its HTTP method (an unknown destination, or an operation of a known vendor
     * that no recognizer names): {@code GET}, {@code HEAD} and {@code OPTIONS} read, {@code DELETE} deletes, every
     * other method writes.
     */
    public static Verb ofHttpMethod(String method) {
        return switch (method.toUpperCase(Locale.ROOT)) {
            case "GET", "HEAD", "OPTIONS" -> READ;
            case "DELETE" -> DELETE;
            default -> WRITE;
        };
    }
}
