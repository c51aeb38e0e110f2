package io.interven.gateway.history;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The baselines of the agents this node has seen recently, by tenant and agent. An agent not held yet gets an entry
 * at once (so this node's own recordings are kept) and is loaded from the database in the background; until then
 * its history is unknown. Entries unused for the idle time are dropped ({@link #evictIdle}).
 */
final class BaselineCache {
    private final Map<AgentKey, AgentBaseline> baselines = new ConcurrentHashMap<>();
    private final Consumer<AgentKey> loadLater;

    /** @param loadLater asks for an agent's baseline to be loaded in the background (never on the caller's thread) */
    BaselineCache(Consumer<AgentKey> loadLater) {
        this.loadLater = loadLater;
    }

    /** The agent's baseline when it is loaded; otherwise empty, and its load is asked for. */
    Optional<AgentBaseline> loaded(AgentKey agent, long now) {
        AgentBaseline baseline = entry(agent, now);
        baseline.touch(now);
        return baseline.loaded() ? Optional.of(baseline) : Optional.empty();
    }

    /** The agent's entry, loaded or not, created (and its load asked for) when absent. */
    AgentBaseline entry(AgentKey agent, long now) {
        AgentBaseline known = baselines.get(agent);
        if (known != null) {
            return known;
        }
        AgentBaseline created = new AgentBaseline(now);
        AgentBaseline raced = baselines.putIfAbsent(agent, created);
        if (raced != null) {
            return raced;
        }
        loadLater.accept(agent);
        return created;
    }

    /** The agent's entry when held, for the refresh to merge rows into; never creates one. */
    Optional<AgentBaseline> held(AgentKey agent) {
        return Optional.ofNullable(baselines.get(agent));
    }

    /** Drops the entries unused since {@code before} and forgets minutes before {@code oldestMinute} in the rest. */
    void evictIdle(long before, long oldestMinute) {
        baselines.entrySet().removeIf(entry -> entry.getValue().lastUsed() < before);
        baselines.values().forEach(baseline -> baseline.pruneMinutes(oldestMinute));
    }

    /** Drops the agent's entry (its load failed or could not be queued): its next call asks for it again. */
    void forget(AgentKey agent) {
        baselines.remove(agent);
    }

    int size() {
        return baselines.size();
    }
}
