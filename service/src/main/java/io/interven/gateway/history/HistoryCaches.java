package io.interven.gateway.history;

/** This node's in-memory history: the agents' baselines and the values they read. */
record HistoryCaches(BaselineCache baselines, ReadValueCache reads) {
}
