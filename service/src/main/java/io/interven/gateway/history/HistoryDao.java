package io.interven.gateway.history;

import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * {@code agent_facts}, {@code agent_volume} and {@code read_values}. Increments are added with an UPDATE first and
 * an INSERT when no row exists yet; an INSERT that loses a race with another node fails on the primary key and is
 * retried as an UPDATE ({@link HistoryStore}), which works alike on H2 and PostgreSQL.
 */
@RegisterConstructorMapper(FactRow.class)
@RegisterConstructorMapper(VolumeRow.class)
@RegisterConstructorMapper(ReadValue.class)
public interface HistoryDao {
    @SqlBatch("UPDATE agent_facts SET first_seen = LEAST(first_seen, :firstSeen), "
            + "last_seen = GREATEST(last_seen, :lastSeen), calls = calls + :calls, updated_at = :updatedAt "
            + "WHERE tenant_id = :tenantId AND agent_id = :agentId AND kind = :kind AND name = :name")
    int[] addToFacts(@BindMethods List<FactRow> increments);

    @SqlUpdate("INSERT INTO agent_facts (tenant_id, agent_id, kind, name, first_seen, last_seen, calls, updated_at) "
            + "VALUES (:tenantId, :agentId, :kind, :name, :firstSeen, :lastSeen, :calls, :updatedAt)")
    void insertFact(@BindMethods FactRow row);

    @SqlBatch("UPDATE agent_volume SET calls = calls + :calls, updated_at = :updatedAt "
            + "WHERE tenant_id = :tenantId AND agent_id = :agentId AND minute_start = :minuteStart")
    int[] addToVolumes(@BindMethods List<VolumeRow> increments);

    @SqlUpdate("INSERT INTO agent_volume (tenant_id, agent_id, minute_start, calls, updated_at) "
            + "VALUES (:tenantId, :agentId, :minuteStart, :calls, :updatedAt)")
    void insertVolume(@BindMethods VolumeRow row);

    @SqlUpdate("INSERT INTO read_values (tenant_id, value_hash, source_trace_id, agent_id, read_at, tool_name, "
            + "operation, host, written_at) VALUES (:tenantId, :valueHash, :sourceTraceId, :agentId, :readAt, "
            + ":toolName, :operation, :host, :writtenAt)")
    void insertReadValue(@BindMethods ReadValue row);

    @SqlQuery("SELECT * FROM agent_facts WHERE tenant_id = :tenantId AND agent_id = :agentId")
    List<FactRow> factsOf(@Bind("tenantId") UUID tenantId, @Bind("agentId") String agentId);

    @SqlQuery("SELECT * FROM agent_volume WHERE tenant_id = :tenantId AND agent_id = :agentId "
            + "AND minute_start >= :since")
    List<VolumeRow> volumesOf(@Bind("tenantId") UUID tenantId, @Bind("agentId") String agentId,
                              @Bind("since") long since);

    @SqlQuery("SELECT * FROM agent_facts WHERE updated_at >= :since")
    List<FactRow> factsChangedSince(@Bind("since") long since);

    @SqlQuery("SELECT * FROM agent_volume WHERE updated_at >= :since")
    List<VolumeRow> volumesChangedSince(@Bind("since") long since);

    @SqlQuery("SELECT * FROM read_values WHERE written_at >= :since AND read_at >= :readSince")
    List<ReadValue> readValuesWrittenSince(@Bind("since") long since, @Bind("readSince") long readSince);

    @SqlUpdate("DELETE FROM agent_facts WHERE last_seen < :before")
    int deleteFactsLastSeenBefore(@Bind("before") long before);

    @SqlUpdate("DELETE FROM agent_volume WHERE minute_start < :before")
    int deleteVolumesBefore(@Bind("before") long before);

    @SqlUpdate("DELETE FROM read_values WHERE read_at < :before")
    int deleteReadValuesBefore(@Bind("before") long before);
}
