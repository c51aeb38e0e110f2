package io.interven.gateway.ratelimit;

import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * {@code rate_windows}. The budget of a tenant is its {@code tenant_settings} override or else the default, read
 * inside the statement that counts, so that a changed override holds at once on every node.
 */
@RegisterRowMapper(WindowCount.Mapper.class)
public interface RateWindowDao {
    String BUDGET = "COALESCE((SELECT s.rate_limit_per_minute FROM tenant_settings s"
            + " WHERE s.tenant_id = :tenantId), :defaultBudget)";
    /** What one take grants: what was asked, but at most a sixteenth of what is left of the budget, and at least 1. */
    String GRANT = "LEAST(:wanted, GREATEST(1, (" + BUDGET + " - used) / 16))";

    /**
     * Takes up to {@code wanted} scans of the window's budget when it has some left: one conditional UPDATE, atomic on
     * each database, answering the new count and how many scans it granted ({@code last_grant}, at least one). It
     * grants at most a sixteenth of what is left (and at least one), so that near the end of a budget every node takes
     * one scan at a time. Empty when the window is used up or not opened. The right-hand sides of SET all read the
     * row as it was before the statement (standard SQL, on H2 and PostgreSQL alike).
     */
    @SqlUpdate("UPDATE rate_windows SET last_grant = " + GRANT + ", used = used + " + GRANT + ", budget = " + BUDGET
            + " WHERE tenant_id = :tenantId AND window_start = :windowStart AND used < " + BUDGET)
    @GetGeneratedKeys({"used", "budget", "last_grant"})
    Optional<WindowCount> take(@Bind("tenantId") UUID tenantId, @Bind("windowStart") long windowStart,
                               @Bind("defaultBudget") int defaultBudget, @Bind("wanted") int wanted);

    @SqlQuery("SELECT w.used, " + BUDGET + " AS budget, 0 AS last_grant FROM rate_windows w"
            + " WHERE w.tenant_id = :tenantId AND w.window_start = :windowStart")
    Optional<WindowCount> find(@Bind("tenantId") UUID tenantId, @Bind("windowStart") long windowStart,
                               @Bind("defaultBudget") int defaultBudget);

    /** Opens a window with nothing counted; fails on the primary key when another scan opened it first. */
    @SqlUpdate("INSERT INTO rate_windows (tenant_id, window_start, used, budget) VALUES (?, ?, 0, 0)")
    void open(UUID tenantId, long windowStart);

    @SqlUpdate("DELETE FROM rate_windows WHERE tenant_id = ? AND window_start < ?")
    void closeBefore(UUID tenantId, long windowStart);
}
