package io.interven.spi;

import java.time.Instant;

/**
 * A call the agent made earlier, as {@link AgentHistory} reports it: what it called, never what it sent.
 *
 * @param at        when the gateway scanned it
 * @param toolName  the recognized tool, {@code custom_proxy} when unknown
 * @param operation the recognized operation
 * @param host      the host called, lower case
 * @param verb      what the operation did
 */
public record PastCall(Instant at, String toolName, String operation, String host, Verb verb) {
    public PastCall {
        Require.nonNull(at, "at");
        Require.nonBlank(toolName, "toolName");
        Require.nonBlank(operation, "operation");
        Require.nonBlank(host, "host");
        Require.nonNull(verb, "verb");
    }
}
