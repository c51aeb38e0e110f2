package io.interven.spi;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A call the agent made earlier, as {@link AgentHistory} reports it: what it called, never what it sent.
 *
 * @param at        when the gateway scanned it
 * @param toolName  the recognized tool, {@code custom_proxy} when unknown
 * @param operation the recognized operation
 * @param host      the host called, lower case
 * @param verb      what the operation did
 * @param traceId   the gateway's trace of that call, null when not known (since SPI 1.1.0)
 */
public record PastCall(Instant at, String toolName, String operation, String host, Verb verb, UUID traceId) {
    public PastCall {
        Require.nonNull(at, "at");
        Require.nonBlank(toolName, "toolName");
        Require.nonBlank(operation, "operation");
        Require.nonBlank(host, "host");
        Require.nonNull(verb, "verb");
    }

    public PastCall(Instant at, String toolName, String operation, String host, Verb verb) {
        this(at, toolName, operation, host, verb, null);
    }

    public Optional<UUID> trace() {
        return Optional.ofNullable(traceId);
    }
}
