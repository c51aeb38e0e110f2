package io.interven.spi;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the agent making a call did before it, as risk signals may read it ({@link SignalContext#history()}):
 * its recent calls, whether a tool operation or a host is new to it, how many calls it made in a window, and
 * whether a value of this call was read by it earlier. Read-only; the gateway answers from its own records, so a
 * signal never touches a database. Windows end at the moment the gateway scans the call, and the call being
 * scanned is not part of its own history.
 *
 * <p>Values never appear here: the gateway keeps, and compares, only keyed hashes of values ({@link #keyedHash}),
 * keyed per tenant so that they cannot be reversed or matched across tenants.
 *
 * <p>An answer may be empty when the gateway has not recorded that far back, or records nothing yet: treat "no
 * history" as "nothing known", never as "known to be new" unless {@link #firstCallTo} and {@link #firstUseOf} are
 * what you ask. Methods may be called from many threads; each call may cost a look-up, so ask only what the signal
 * needs. {@link #none()} is the history that knows nothing, for tests and for calls without an agent record.
 */
public interface AgentHistory {

    /**
     * The agent's calls matching {@code query} within {@code window} before this call, newest first, at most
     * {@code limit} of them.
     *
     * @param window how far back, positive
     * @param limit  at most this many calls, at least 1 (the gateway may cap it)
     */
    List<PastCall> recentCalls(CallQuery query, Duration window, int limit);

    /** How many of the agent's calls matching {@code query} fall within {@code window} before this call. */
    long countCalls(CallQuery query, Duration window);

    /** When the agent first used this tool operation, empty when it never did before this call. */
    Optional<Instant> firstUseOf(String toolName, String operation);

    /** When the agent first called this host, empty when it never did before this call. */
    Optional<Instant> firstCallTo(String host);

    /**
     * When the agent first used this tool, whatever the operation; empty when it never did before this call, or when
     * not known ({@link #known()}). Empty by default (since SPI 1.1.0).
     */
    default Optional<Instant> firstUseOfTool(String toolName) {
        return Optional.empty();
    }

    /**
     * The keyed hash of {@code value} under the tenant's key, to compare with values the agent read earlier
     * ({@link #callsThatRead}). Computed by the gateway; the key never leaves it.
     */
    ValueHash keyedHash(String value);

    /**
     * The agent's calls within {@code window} before this call whose answers carried the value of {@code hash}
     * (data the agent read, for example a customer record), newest first; empty when it read no such value.
     */
    List<PastCall> callsThatRead(ValueHash hash, Duration window);

    /**
     * The newest of {@link #callsThatRead}: the agent's last call within {@code window} before this one whose answer
     * carried the value of {@code hash}; empty when it read no such value. A signal that needs only whether and where
     * the value was read asks this: an agent may have read one record thousands of times, and the gateway answers
     * this without going through them. By default the first of {@link #callsThatRead} (since SPI 1.3.0).
     */
    default Optional<PastCall> lastCallThatRead(ValueHash hash, Duration window) {
        List<PastCall> calls = callsThatRead(hash, window);
        return calls.isEmpty() ? Optional.empty() : Optional.of(calls.get(0));
    }

    /**
     * True when the gateway has this agent's recorded baseline at hand, so that an empty {@link #firstUseOf} or
     * {@link #firstCallTo} means "never before"; false when nothing is known (history not recorded, or not loaded
     * yet): a signal that reasons about what is new must then stay silent. An agent with nothing recorded yet is
     * known, with {@link #callsRecorded()} 0. False by default (since SPI 1.1.0).
     */
    default boolean known() {
        return false;
    }

    /** How many calls of this agent the gateway has recorded (retention permitting); 0 by default (since SPI 1.1.0). */
    default long callsRecorded() {
        return 0;
    }

    /** When the gateway first recorded a call of this agent; empty when never or not known (since SPI 1.1.0). */
    default Optional<Instant> firstSeen() {
        return Optional.empty();
    }

    /**
     * The agent's usual rate: its mean number of calls per minute over the minutes in which it made calls, within
     * the gateway's volume window and before the current minute; 0 when not known (since SPI 1.1.0). Compare it with
     * {@code countCalls(CallQuery.any(), Duration.ofMinutes(1))}.
     */
    default double typicalCallsPerMinute() {
        return 0;
    }

    /** The history that knows nothing: no calls, nothing first used, no value read. */
    static AgentHistory none() {
        return NoAgentHistory.INSTANCE;
    }
}
