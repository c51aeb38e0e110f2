package io.interven.gateway.ratelimit;

import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * {@code rate_windows}. The budget of a tenant is its {@code tenant_settings} override or else the default, read
 * inside the statement that counts, so that a changed override holds at once on every node.
 */
@RegisterConstructorMapper(WindowCount.class)
public interface RateWindowDao {
    String BUDGET = "COALESCE((SELECT s.rate_limit_per_minute FROM tenant_settings s"
            + " WHERE s.tenant_id = :tenantId), :defaultBudget)";

    /**
     * Counts one scan when the window has budget left: one conditional UPDATE, atomic on each database, answering
     * the new count (the driver returns the updated columns). Empty when the window is used up or not opened.
     */
    @SqlUpdate("UPDATE rate_windows SET used = used + 1, budget = " + BUDGET
            + " WHERE tenant_id = :tenantId AND window_start = :windowStart AND used < " + BUDGET)
    @GetGeneratedKeys({"used", "budget"})
    Optional<WindowCount> take(@Bind("tenantId") UUID tenantId, @Bind("windowStart") long windowStart,
                               @Bind("defaultBudget") int defaultBudget);

    @SqlQuery("SELECT w.used, " + BUDGET + " AS budget FROM rate_windows w"
            + " WHERE w.tenant_id = :tenantId AND w.window_start = :windowStart")
    Optional<WindowCount> find(@Bind("tenantId") UUID tenantId, @Bind("windowStart") long windowStart,
                               @Bind("defaultBudget") int defaultBudget);

    /** Opens a window with nothing counted; fails on the primary key when another scan opened it first. */
    @SqlUpdate("INSERT INTO rate_windows (tenant_id, window_start, used, budget) VALUES (?, ?, 0, 0)")
    void open(UUID tenantId, long windowStart);

    @SqlUpdate("DELETE FROM rate_windows WHERE tenant_id = ? AND window_start < ?")
    void closeBefore(UUID tenantId, long windowStart);
}
