package io.interven.gateway.server;

import java.util.Locale;

/** Why {@link BodyReadAhead} refused a request body: the label of its refusals counter. */
public enum BodyRefusal {
    /** more bytes on the wire than MAX_BODY_BYTES (413) */
    TOO_LARGE,
    /** behind the least pace, or not whole within the body timeout (408) */
    LATE,
    /** no room left in the read-ahead budget (503) */
    BUDGET_FULL,
    /** the connection failed or timed out while the body was read (400 or 408) */
    UNREADABLE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
