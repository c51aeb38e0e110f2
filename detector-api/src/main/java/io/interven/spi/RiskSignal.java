package io.interven.spi;

import java.util.Optional;
import org.pf4j.ExtensionPoint;

/**
 * Weighs one kind of risk in a call (a credential sent to the wrong host, an external recipient, ...).
 * Implementations must be thread-safe; an exception thrown here fails the scan closed.
 */
public interface RiskSignal extends ExtensionPoint {

    /** A stable identifier, for example {@code credential-host-mismatch}. */
    String id();

    /** The signal when it fires for this call, otherwise empty. */
    Optional<SignalResult> evaluate(SignalContext context);
}
