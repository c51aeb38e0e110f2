package io.interven.spi;

import java.util.List;

/**
 * What a risk signal sees of one call.
 *
 * @param call     the outbound call
 * @param tool     the recognized tool and operation ({@code custom_proxy} when unknown)
 * @param findings every finding of every detector, including credentials that authenticate the call
 * @param agent    the agent making the call
 */
public record SignalContext(OutboundCall call, ToolMatch tool, List<Finding> findings, AgentRef agent) {
    public SignalContext {
        Require.nonNull(call, "call");
        Require.nonNull(tool, "tool");
        Require.nonNull(agent, "agent");
        findings = findings == null ? List.of() : List.copyOf(findings);
    }
}
