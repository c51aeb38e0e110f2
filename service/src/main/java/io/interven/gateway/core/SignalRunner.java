package io.interven.gateway.core;

import io.interven.gateway.policy.GatewayReasonCodes;
import io.interven.spi.RiskSignal;
import io.interven.spi.SignalContext;
import io.interven.spi.SignalResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates every risk signal, on the call with its host's shared-hosting suffix ({@link SharedHostingSuffix});
 * one that throws, or that answers with a reason code only the gateway emits ({@link GatewayReasonCodes}), fails
 * the scan closed.
 */
public class SignalRunner {
    private final List<RiskSignal> signals;

    public SignalRunner(List<RiskSignal> signals) {
        this.signals = List.copyOf(signals);
    }

    public List<SignalResult> evaluate(SignalContext unclassified) {
        SignalContext context = new SignalContext(SharedHostingSuffix.classified(unclassified.call()),
                unclassified.tool(), unclassified.findings(), unclassified.agent());
        List<SignalResult> fired = new ArrayList<>();
        for (RiskSignal signal : signals) {
            Optional<SignalResult> result;
            try {
                result = PluginCall.in(signal, () -> signal.evaluate(context));
            } catch (RuntimeException | LinkageError e) {
                throw new ComponentFailure("signal " + signal.id(), e);
            }
            if (result != null && result.isPresent()) {
                fired.add(checked(signal, result.get()));
            }
        }
        return fired;
    }

    private static SignalResult checked(RiskSignal signal, SignalResult result) {
        if (GatewayReasonCodes.isGatewayOnly(result.reasonCode())) {
            throw new ComponentFailure("signal " + signal.id(),
                    new IllegalStateException("reason code reserved for the gateway"));
        }
        return result;
    }
}
