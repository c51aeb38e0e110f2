package io.interven.spi;

import java.util.Optional;
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
}
