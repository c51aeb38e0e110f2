package io.interven.gateway.resources;

import java.util.Locale;
import java.util.UUID;

/**
 * The name an agent registered on its first use gets: the request's {@code agent_name} (trimmed) when it has one
 * and no detector finds a value in it (a name is stored, so it must not carry a secret or PII), otherwise
 * {@code agent-<first 8 characters of its id>}.
 */
public final class FirstUseNames {
    private final FoundValueCheck values;

    public FirstUseNames(FoundValueCheck values) {
        this.values = values;
    }

    public String nameFor(UUID agentId, String claimed) {
        if (claimed != null && !claimed.isBlank() && !values.carriesValue(claimed.strip())) {
            return claimed.strip();
        }
        return fallback(agentId);
    }

    public static String fallback(UUID agentId) {
        return "agent-" + agentId.toString().substring(0, 8).toLowerCase(Locale.ROOT);
    }
}
