package io.interven.gateway.core;

import io.interven.spi.RiskSignal;
import io.interven.spi.SignalContext;
import io.interven.spi.SignalResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Evaluates every risk signal; one that throws fails the scan closed. */
public class SignalRunner {
    private final List<RiskSignal> signals;

    public SignalRunner(List<RiskSignal> signals) {
        this.signals = List.copyOf(signals);
    }

    public List<SignalResult> evaluate(SignalContext context) {
        List<SignalResult> fired = new ArrayList<>();
        for (RiskSignal signal : signals) {
            Optional<SignalResult> result;
            try {
                result = PluginCall.in(signal, () -> signal.evaluate(context));
            } catch (RuntimeException | LinkageError e) {
                throw new ComponentFailure("signal " + signal.id(), e);
            }
            if (result != null) {
                result.ifPresent(fired::add);
            }
        }
        return fired;
    }
}
