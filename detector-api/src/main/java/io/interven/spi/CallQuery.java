package io.interven.spi;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Which of an agent's past calls an {@link AgentHistory} question is about: {@link #any()} narrowed by tool,
 * operation, host and verb. Immutable; each narrowing returns a new query. Criteria may be added in later SPI
 * versions as further methods.
 */
public final class CallQuery {
    private static final CallQuery ANY = new CallQuery(null, null, null, null);

    private final String toolName;
    private final String operation;
    private final String host;
    private final Verb verb;

    private CallQuery(String toolName, String operation, String host, Verb verb) {
        this.toolName = toolName;
        this.operation = operation;
        this.host = host;
        this.verb = verb;
    }

    /** Every call. */
    public static CallQuery any() {
        return ANY;
    }

    /** Only calls recognized as this tool. */
    public CallQuery withTool(String name) {
        return new CallQuery(Require.nonBlank(name, "tool"), operation, host, verb);
    }

    /** Only calls recognized as this operation (of any tool unless {@link #withTool} narrows it). */
    public CallQuery withOperation(String name) {
        return new CallQuery(toolName, Require.nonBlank(name, "operation"), host, verb);
    }

    /** Only calls to this host (compared in lower case, without a trailing dot). */
    public CallQuery withHost(String name) {
        String lower = Require.nonBlank(name, "host").toLowerCase(Locale.ROOT);
        return new CallQuery(toolName, operation, lower.endsWith(".") ? lower.substring(0, lower.length() - 1)
                : lower, verb);
    }

    /** Only calls whose operation reads, writes or deletes. */
    public CallQuery withVerb(Verb value) {
        return new CallQuery(toolName, operation, host, Require.nonNull(value, "verb"));
    }

    public Optional<String> tool() {
        return Optional.ofNullable(toolName);
    }

    public Optional<String> operation() {
        return Optional.ofNullable(operation);
    }

    public Optional<String> host() {
        return Optional.ofNullable(host);
    }

    public Optional<Verb> verb() {
        return Optional.ofNullable(verb);
    }

    /** True when {@code call} meets every criterion of this query. */
    public boolean matches(PastCall call) {
        return (toolName == null || toolName.equals(call.toolName()))
                && (operation == null || operation.equals(call.operation()))
                && (host == null || host.equals(call.host()))
                && (verb == null || verb == call.verb());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CallQuery that && Objects.equals(toolName, that.toolName)
                && Objects.equals(operation, that.operation) && Objects.equals(host, that.host) && verb == that.verb;
    }

    @Override
    public int hashCode() {
        return Objects.hash(toolName, operation, host, verb);
    }

    @Override
    public String toString() {
        return "CallQuery[tool=" + toolName + ", operation=" + operation + ", host=" + host + ", verb=" + verb + "]";
    }
}
