package io.interven.gateway.policy;

/** ENFORCE decides; MONITOR only records what it would have decided. */
public enum PolicyMode {
    ENFORCE,
    MONITOR
}
