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

    /** The tenant's traces newest first; each filter of {@link TraceQuery} left null matches every row. */
    @SqlQuery("SELECT * FROM traces WHERE tenant_id = :tenantId "
            + "AND (CAST(:envName AS VARCHAR(100)) IS NULL OR env_name = :envName) "
            + "AND (CAST(:agentId AS UUID) IS NULL OR agent_id = :agentId) "
            + "AND (CAST(:decision AS VARCHAR(20)) IS NULL OR decision = :decision) "
            + "AND (CAST(:sinceMillis AS BIGINT) IS NULL OR created_at >= :sinceMillis) "
            + "ORDER BY created_at DESC, trace_id LIMIT :limit")
    List<TraceRecord> search(@BindMethods TraceQuery query);

    /** At most {@code cap} traces of the environment with {@code since <= created_at < until}, newest first. */
    @SqlQuery("SELECT * FROM traces WHERE tenant_id = :tenantId AND env_name = :envName AND created_at >= :since "
            + "AND created_at < :until ORDER BY created_at DESC LIMIT :cap")
    List<TraceRecord> between(@Bind("tenantId") UUID tenantId, @Bind("envName") String envName,
                              @Bind("since") long since, @Bind("until") long until, @Bind("cap") int cap);
}
