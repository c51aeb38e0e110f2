package io.interven.gateway.core;

import io.interven.gateway.history.AgentHistorySource;
import io.interven.gateway.history.EmptyAgentHistorySource;
import io.interven.gateway.policy.GatewayReasonCodes;
import io.interven.spi.AgentHistory;
import io.interven.spi.PluginSettings;
import io.interven.spi.RiskSignal;
import io.interven.spi.SignalContext;
import io.interven.spi.SignalResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates every risk signal, on the call with its host's shared-hosting suffix ({@link SharedHostingSuffix}) and
 * the calling agent's history ({@link AgentHistorySource}) and the calling tenant's settings (its own principals,
 * {@link TenantSignalSettings}). A signal that throws, or that answers with a reason code
 * only the gateway emits ({@link GatewayReasonCodes}), fails the scan closed; so does a history or tenant settings that cannot be had.
 */
public class SignalRunner {
    static final String HISTORY = "agent history";
    static final String TENANT_SETTINGS = "tenant settings";

    private final List<RiskSignal> signals;
    private final AgentHistorySource histories;
    private final TenantSignalSettings tenantSettings;

    /** Signals without recorded history ({@link EmptyAgentHistorySource}). */
    public SignalRunner(List<RiskSignal> signals) {
        this(signals, new EmptyAgentHistorySource());
    }

    public SignalRunner(List<RiskSignal> signals, AgentHistorySource histories) {
        this(signals, histories, TenantSignalSettings.NONE);
    }

    /** @param tenantSettings the calling tenant's settings (its own principals), from memory */
    public SignalRunner(List<RiskSignal> signals, AgentHistorySource histories, TenantSignalSettings tenantSettings) {
        this.signals = List.copyOf(signals);
        this.histories = histories;
        this.tenantSettings = tenantSettings;
    }

    public List<SignalResult> evaluate(CallInput input, SignalContext unclassified) {
        SignalContext context = unclassified.withCall(SharedHostingSuffix.classified(unclassified.call()))
                .withHistory(historyOf(input)).withTenantSettings(tenantSettingsOf(input));
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

    private AgentHistory historyOf(CallInput input) {
        if (signals.isEmpty()) {
            return AgentHistory.none();
        }
        try {
            return histories.historyOf(input.tenantId(), input.hmacSalt(), input.agent().agentId());
        } catch (RuntimeException e) {
            throw new ComponentFailure(HISTORY, e);
        }
    }

    private PluginSettings tenantSettingsOf(CallInput input) {
        if (signals.isEmpty()) {
            return PluginSettings.empty();
        }
        try {
            return tenantSettings.of(input.tenantId());
        } catch (RuntimeException e) {
            throw new ComponentFailure(TENANT_SETTINGS, e);
        }
    }

    private static SignalResult checked(RiskSignal signal, SignalResult result) {
        if (GatewayReasonCodes.isGatewayOnly(result.reasonCode())) {
            throw new ComponentFailure("signal " + signal.id(),
                    new IllegalStateException("reason code reserved for the gateway"));
        }
        return result;
    }
}
