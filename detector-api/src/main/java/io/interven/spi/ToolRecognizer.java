package io.interven.spi;

import java.util.Optional;
import java.util.function.Supplier;
import org.pf4j.ExtensionPoint;

/**
 * Recognizes which tool and operation a raw HTTP call is. The host asks every recognizer and takes the first
 * answer; a call no recognizer knows is {@code custom_proxy} / {@code http_<method>}.
 * Implementations must be thread-safe.
 */
public interface ToolRecognizer extends ExtensionPoint {

    /** A stable identifier, for example {@code catalogue}. */
    String id();

    /** The tool and operation, or empty when this recognizer does not know the destination. */
    Optional<ToolMatch> recognize(OutboundCall call);

    /**
     * The same, for recognizers that need the request body to tell operations apart (a GraphQL query reads, a
     * mutation sent to the same URL writes). The gateway calls this method; by default it ignores the body.
     *
     * @param body the body as the agent sends it, produced on the first {@code get()} (call it only for
     *             destinations whose operation depends on it: most calls never pay for the text): the JSON text
     *             of an object or array body, the text itself of a string body, empty when there is none. Never
     *             log or keep it.
     */
    default Optional<ToolMatch> recognize(OutboundCall call, Supplier<String> body) {
        return recognize(call);
    }
}
