package io.interven.spi;

import java.util.List;
import java.util.Map;
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

    /**
     * Everything sensitive in the field, knowing what the gateway found out about the whole call ({@code context}:
     * region hints, computed once per call). The gateway calls this method; by default it ignores the context and
     * answers {@link #detect(ScanField)}, so a detector written against an earlier SPI behaves as before. Override
     * it when the context helps, and keep {@link #detect(ScanField)} answering as with
     * {@link DetectionContext#none()} (since SPI 1.2.0).
     */
    default List<Finding> detect(ScanField field, DetectionContext context) {
        return detect(field);
    }

    /**
     * How sensitive each PII entity type this detector emits is: {@link PiiSensitivity#CONTACT} (e-mail, phone,
     * person name, street address, IP address) or {@link PiiSensitivity#SENSITIVE} (cards, bank and national
     * identifiers, passports, dates of birth, health identifiers). The gateway's default decision sanitizes
     * sensitive PII on its way to an external principal and any PII on its way to an unknown destination. A type
     * left out is judged by the gateway's own list of well-known sensitive types, and counts as contact PII when
     * that list does not name it either. Empty by default (since SPI 1.1.0).
     */
    default Map<String, String> sensitivityOfEntityTypes() {
        return Map.of();
    }
}
