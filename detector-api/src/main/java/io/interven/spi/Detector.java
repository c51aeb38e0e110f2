package io.interven.spi;

import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * Finds secrets, PII or other sensitive data in one text field of an outbound call.
 *
 * <p>The host calls {@link #detect} once per field, from many threads at once: implementations must be
 * thread-safe and should keep per-call state on the stack. Compile patterns once, in the constructor.
 * An exception thrown here fails the whole scan closed (the call is never allowed because of it).
 */
public interface Detector extends ExtensionPoint {

    /** A stable identifier, for example {@code secrets} or {@code acme-internal-tokens}. */
    String id();

    /** Everything sensitive in the field. Spans are relative to {@code field.text()}. Never null. */
    List<Finding> detect(ScanField field);
}
