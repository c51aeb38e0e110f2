package io.interven.gateway.resources;

import java.util.Locale;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The name an agent registered on its first use gets: the request's {@code agent_name} (trimmed) when it has one
 * and no detector finds a value in it (a name is stored, so it must not carry a secret or PII), otherwise
 * {@code agent-<first 8 characters of its id>}.
 */
public final class FirstUseNames {
    private final Predicate<String> carriesData;

    /** @param carriesData true when a detector finds a value in the text (or cannot tell: a failure counts as true) */
    public FirstUseNames(Predicate<String> carriesData) {
        this.carriesData = carriesData;
    }

    public String nameFor(UUID agentId, String claimed) {
        if (claimed != null && !claimed.isBlank() && !carries(claimed.strip())) {
            return claimed.strip();
        }
        return fallback(agentId);
    }

    public static String fallback(UUID agentId) {
        return "agent-" + agentId.toString().substring(0, 8).toLowerCase(Locale.ROOT);
    }

    private boolean carries(String name) {
        try {
            return carriesData.test(name);
        } catch (RuntimeException | Error failure) {
            return true;
        }
    }
}
