package io.interven.gateway.resources;

import java.util.function.Predicate;

/**
 * Whether the detectors find a value (a secret, PII) in a short text a request names something with (an agent's
 * name, a message's method) before it is stored as a name. A failure of the check counts as a value found.
 */
public final class FoundValueCheck {
    private final Predicate<String> findsValue;

    /** @param findsValue true when a detector finds a value in the text */
    public FoundValueCheck(Predicate<String> findsValue) {
        this.findsValue = findsValue;
    }

    public boolean carriesValue(String text) {
        try {
            return findsValue.test(text);
        } catch (RuntimeException | Error failure) {
            return true;
        }
    }
}
