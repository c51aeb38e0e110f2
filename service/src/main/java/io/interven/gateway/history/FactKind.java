package io.interven.gateway.history;

/** The kinds of baseline fact, as {@code agent_facts.kind} stores them. */
enum FactKind {
    /** The agent itself (name ''): first seen, calls made. */
    AGENT("agent"),
    TOOL("tool"),
    /** Name: tool, a space, operation. */
    OPERATION("operation"),
    HOST("host"),
    /** Name: the hour of the day in UTC, 0 to 23. */
    HOUR("hour");

    private final String stored;

    FactKind(String stored) {
        this.stored = stored;
    }

    String stored() {
        return stored;
    }

    static FactKind ofStored(String text) {
        for (FactKind kind : values()) {
            if (kind.stored.equals(text)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown fact kind");
    }

    /** The key under which a fact is held in memory. */
    String key(String name) {
        return stored + ":" + name;
    }
}
