package io.interven.gateway.resources;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.Optional;

/**
 * An instant a request names ({@code since}, {@code until}): ISO-8601 in UTC, as {@link Instant#parse} reads it, and
 * within the years 0000 to 9999. {@link Instant#parse} also reads years of up to nine digits, whose epoch
 * milliseconds overflow a {@code long}; such an instant is refused like unreadable text, naming its field, instead of
 * failing later as an arithmetic error.
 */
final class InstantParameter {
    static final String PROBLEM = "must be an ISO-8601 instant such as 2026-01-31T12:00:00Z";
    private static final Instant EARLIEST = Instant.parse("0000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private InstantParameter() {
    }

    /** The instant {@code text} names, or empty when it is not one or lies outside the years 0000 to 9999. */
    static Optional<Instant> parse(String text) {
        try {
            Instant instant = Instant.parse(text);
            return instant.isBefore(EARLIEST) || instant.isAfter(LATEST) ? Optional.empty() : Optional.of(instant);
        } catch (DateTimeException unreadable) {
            return Optional.empty();
        }
    }
}
