package io.interven.gateway.server;

import io.interven.gateway.request.BodyPace;
import java.util.function.Consumer;

/**
 * What {@link BodyReadAhead} holds a body to: at most {@code maxBodyBytes} on the wire, at least its {@code pace},
 * whole within {@code timeoutMillis} of its head (0: no such bound), and the bytes of all bodies still arriving
 * within one {@code budget}; each refusal is told to {@code refusals} (a counter).
 */
public record BodyReadAheadRules(int maxBodyBytes, BodyPace pace, long timeoutMillis, ReadAheadBudget budget,
                                 Consumer<BodyRefusal> refusals) {
    public BodyReadAheadRules {
        if (maxBodyBytes <= 0 || timeoutMillis < 0) {
            throw new IllegalArgumentException("body limits must be positive");
        }
    }
}
