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
 * @param tenantSettings the calling tenant's settings, on top of the plugin's {@link Configurable} settings from
 *                       config.yml: today the tenant's own organisation, as the section {@code own} with the lists
 *                       {@code email_domains}, {@code github_orgs}, {@code slack_workspaces}, {@code jira_sites}
 *                       and {@code domains} (lower case, names in punycode); empty when the tenant named none
 * @param fields         every text the detectors saw (URL, query, headers, body strings), normalized as they saw
 *                       it, for signals that read content (prompt injection, encoded payloads) (since SPI 1.1.0)
 * @param agentContext   the free text the agent sent with the call to say why it makes it (the request's
 *                       {@code context}), normalized like the fields; empty when none. The gateway never stores
 *                       it (since SPI 1.1.0)
 */
public record SignalContext(OutboundCall call, ToolMatch tool, List<Finding> findings, AgentRef agent,
                            AgentHistory history, PluginSettings tenantSettings, List<ScanField> fields,
                            String agentContext) {
    public SignalContext {
        Require.nonNull(call, "call");
        Require.nonNull(tool, "tool");
        Require.nonNull(agent, "agent");
        findings = findings == null ? List.of() : List.copyOf(findings);
        history = history == null ? AgentHistory.none() : history;
        tenantSettings = tenantSettings == null ? PluginSettings.empty() : tenantSettings;
        fields = fields == null ? List.of() : List.copyOf(fields);
        agentContext = agentContext == null ? "" : agentContext;
    }

    /** The context of SPI 1.0: no fields, no agent context. */
    public SignalContext(OutboundCall call, ToolMatch tool, List<Finding> findings, AgentRef agent,
                         AgentHistory history, PluginSettings tenantSettings) {
        this(call, tool, findings, agent, history, tenantSettings, List.of(), "");
    }

    /** The context of SPI 1.0's first form: no history known, no tenant settings. */
    public SignalContext(OutboundCall call, ToolMatch tool, List<Finding> findings, AgentRef agent) {
        this(call, tool, findings, agent, AgentHistory.none(), PluginSettings.empty(), List.of(), "");
    }

    /** The same context about {@code other} call (the gateway hands signals the call with its hosting suffix). */
    public SignalContext withCall(OutboundCall other) {
        return new SignalContext(other, tool, findings, agent, history, tenantSettings, fields, agentContext);
    }

    /** The same context with the agent's history. */
    public SignalContext withHistory(AgentHistory agentHistory) {
        return new SignalContext(call, tool, findings, agent, agentHistory, tenantSettings, fields, agentContext);
    }

    /** The same context with the tenant's settings for the signal's plugin. */
    public SignalContext withTenantSettings(PluginSettings settings) {
        return new SignalContext(call, tool, findings, agent, history, settings, fields, agentContext);
    }

    /** The same context with the texts of the call (since SPI 1.1.0). */
    public SignalContext withFields(List<ScanField> texts) {
        return new SignalContext(call, tool, findings, agent, history, tenantSettings, texts, agentContext);
    }

    /** The same context with the agent's stated reason for the call (since SPI 1.1.0). */
    public SignalContext withAgentContext(String text) {
        return new SignalContext(call, tool, findings, agent, history, tenantSettings, fields, text);
    }

    /** The same context with another recognized tool (principals added, for example). */
    public SignalContext withTool(ToolMatch other) {
        return new SignalContext(call, other, findings, agent, history, tenantSettings, fields, agentContext);
    }
}
