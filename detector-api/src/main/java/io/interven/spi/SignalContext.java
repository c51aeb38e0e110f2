package io.interven.spi;

import java.util.List;

/**
 * What a risk signal sees of one call. Components are only ever added (each addition keeps the constructors
 * before it, so a plugin compiled against an older SPI still links); build a context in tests with the
 * four-argument constructor and the {@code with...} methods.
 *
 * @param call           the outbound call
 * @param tool           the recognized tool and operation ({@code custom_proxy} when unknown)
 * @param findings       every finding of every detector, including credentials that authenticate the call
 * @param agent          the agent making the call
 * @param history        what this agent did before this call; {@link AgentHistory#none()} when nothing is known
 * @param tenantSettings the calling tenant's settings for the plugin of this signal, on top of its
 *                       {@link Configurable} settings from config.yml; empty until the gateway has tenant-level
 *                       plugin settings (a later SPI version fills it, without changing this signature)
 */
public record SignalContext(OutboundCall call, ToolMatch tool, List<Finding> findings, AgentRef agent,
                            AgentHistory history, PluginSettings tenantSettings) {
    public SignalContext {
        Require.nonNull(call, "call");
        Require.nonNull(tool, "tool");
        Require.nonNull(agent, "agent");
        findings = findings == null ? List.of() : List.copyOf(findings);
        history = history == null ? AgentHistory.none() : history;
        tenantSettings = tenantSettings == null ? PluginSettings.empty() : tenantSettings;
    }

    /** The context of SPI 1.0's first form: no history known, no tenant settings. */
    public SignalContext(OutboundCall call, ToolMatch tool, List<Finding> findings, AgentRef agent) {
        this(call, tool, findings, agent, AgentHistory.none(), PluginSettings.empty());
    }

    /** The same context about {@code other} call (the gateway hands signals the call with its hosting suffix). */
    public SignalContext withCall(OutboundCall other) {
        return new SignalContext(other, tool, findings, agent, history, tenantSettings);
    }

    /** The same context with the agent's history. */
    public SignalContext withHistory(AgentHistory agentHistory) {
        return new SignalContext(call, tool, findings, agent, agentHistory, tenantSettings);
    }

    /** The same context with the tenant's settings for the signal's plugin. */
    public SignalContext withTenantSettings(PluginSettings settings) {
        return new SignalContext(call, tool, findings, agent, history, settings);
    }
}
