package io.interven.spi;

/**
 * The agent making a call.
 *
 * @param agentId     UUID of a registered agent, as text
 * @param agentName   its human-readable name, may be null
 * @param runtimeType {@code langchain}, {@code crewai}, ...; may be null
 */
public record AgentRef(String agentId, String agentName, String runtimeType) {
    public AgentRef {
        Require.nonBlank(agentId, "agentId");
    }
}
