package io.interven.gateway.trace;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * Reading {@code traces}. Rows are read whole ({@code SELECT *}) into {@link TraceRecord}, whose components name the
 * columns; they are written by {@link TraceRows}.
 */
@RegisterConstructorMapper(TraceRecord.class)
public interface TraceDao {
    /** The trace, only when it belongs to the tenant. */
    @SqlQuery("SELECT * FROM traces WHERE trace_id = :traceId AND tenant_id = :tenantId")
    Optional<TraceRecord> find(@Bind("tenantId") UUID tenantId, @Bind("traceId") UUID traceId);

    /**
     * The filters both searches share: an environment or decision left null matches every row; the creation time is
     * always a bound ({@link TraceQuery#createdFrom()}), so that a search for what came since a moment reads that
     * range of the index and stops, however few traces it finds.
     */
    String OPTIONAL_FILTERS = "AND (CAST(:envName AS VARCHAR(100)) IS NULL OR env_name = :envName) "
            + "AND (CAST(:decision AS VARCHAR(20)) IS NULL OR decision = :decision) "
            + "AND created_at >= :createdFrom ";
    /**
     * Newest first, ties by trace id, as {@code traces_by_tenant_time} and {@code traces_by_agent} hold them (both
     * descending), so that the first page is read from the index without sorting. The columns the statement fixes by
     * equality lead the order: they change nothing in it, and H2 reads an index in order only when the order starts
     * with the index's first column.
     */
    String NEWEST_FIRST = "created_at DESC, trace_id DESC LIMIT :limit";
    /** {@link #search}'s statement. */
    String SEARCH = "SELECT * FROM traces WHERE tenant_id = :tenantId " + OPTIONAL_FILTERS
            + "ORDER BY tenant_id, " + NEWEST_FIRST;
    /** {@link #searchOfAgent}'s statement. */
    String SEARCH_OF_AGENT = "SELECT * FROM traces WHERE tenant_id = :tenantId AND agent_id = :agentId "
            + OPTIONAL_FILTERS + "ORDER BY tenant_id, agent_id, " + NEWEST_FIRST;

    /**
     * The tenant's traces newest first, of every agent ({@link TraceQuery#agentId()} is not read); each other filter
     * left null matches every row.
     */
    @SqlQuery(SEARCH)
    List<TraceRecord> search(@BindMethods TraceQuery query);

    /**
     * The traces of one agent ({@link TraceQuery#agentId()}, not null) newest first; each other filter left null
     * matches every row. A statement of its own so that the agent is a plain equality the planner can read the
     * {@code traces_by_agent} index with: an optional agent filter ({@code :agentId IS NULL OR agent_id = :agentId})
     * is one H2 plans without that index, whatever the value.
     */
    @SqlQuery(SEARCH_OF_AGENT)
    List<TraceRecord> searchOfAgent(@BindMethods TraceQuery query);

    /**
     * At most {@code cap} traces of the environment with {@code since <= created_at < until}, newest first, ties by
     * trace id (read in the order of {@code traces_by_tenant_time}).
     */
    @SqlQuery("SELECT * FROM traces WHERE tenant_id = :tenantId AND env_name = :envName AND created_at >= :since "
            + "AND created_at < :until ORDER BY tenant_id, created_at DESC, trace_id DESC LIMIT :cap")
    List<TraceRecord> between(@Bind("tenantId") UUID tenantId, @Bind("envName") String envName,
                              @Bind("since") long since, @Bind("until") long until, @Bind("cap") int cap);
}
