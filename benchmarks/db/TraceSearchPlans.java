import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;

/**
 * How long H2 takes to answer the first page (50) of a tenant's traces and of one agent's, newest first, with the
 * statements and indexes of three generations of the gateway:
 *
 * <ul>
 *   <li>{@code optional agent}: before a722aaa, one statement with the agent as an optional filter;
 *   <li>{@code sorted}: a722aaa to V16, the agent as an equality, but ties broken by a trace id no index held, so
 *       every trace of the tenant (or agent) is read and sorted;
 *   <li>{@code index order}: V17, both indexes end with the trace id, descending like the creation time, and the
 *       statements order by the index's columns: the page is read from the index.
 * </ul>
 *
 * And a tenant's traces since a moment that only 30 traces follow (fewer than a page): with {@code since} as an
 * optional condition ({@code sorted}), and as the bound the statements now always apply ({@code bound}).
 *
 * Builds a throwaway database of the traces table's indexed columns in FOLDER: ROWS traces of one tenant, spread over
 * 100 agents, three traces to a millisecond. Prints the best of 30 runs of each statement. H2 comes from the gateway's
 * jar; the reuse of an unchanged query's last result is switched off, as a table written by the trace writer never
 * keeps it:
 *
 * <pre>
 * java -cp service/target/interven.jar benchmarks/db/TraceSearchPlans.java /tmp/trace-search 1000000
 * </pre>
 */
public class TraceSearchPlans {
    private static final String ANY_ENV_OR_DECISION = "AND (CAST(? AS VARCHAR(100)) IS NULL OR env_name = ?) "
            + "AND (CAST(? AS VARCHAR(20)) IS NULL OR decision = ?) ";
    private static final String FILTERS = ANY_ENV_OR_DECISION + "AND (CAST(? AS BIGINT) IS NULL OR created_at >= ?) ";
    private static final String FILTERS_V17 = ANY_ENV_OR_DECISION + "AND created_at >= ? ";
    private static final String SORTED = "ORDER BY created_at DESC, trace_id LIMIT 50";
    private static final String[][] BEFORE_V17 = {
        {"tenant, sorted", "SELECT * FROM traces WHERE tenant_id = ? " + FILTERS + SORTED},
        {"agent, optional agent", "SELECT * FROM traces WHERE tenant_id = ? AND (CAST(? AS UUID) IS NULL OR "
            + "agent_id = ?) " + FILTERS + SORTED},
        {"agent, sorted", "SELECT * FROM traces WHERE tenant_id = ? AND agent_id = ? " + FILTERS + SORTED},
        {"tenant since, sorted", "SELECT * FROM traces WHERE tenant_id = ? " + FILTERS + SORTED},
    };
    private static final String[][] V17 = {
        {"tenant, index order", "SELECT * FROM traces WHERE tenant_id = ? " + FILTERS_V17
            + "ORDER BY tenant_id, created_at DESC, trace_id DESC LIMIT 50"},
        {"agent, index order", "SELECT * FROM traces WHERE tenant_id = ? AND agent_id = ? " + FILTERS_V17
            + "ORDER BY tenant_id, agent_id, created_at DESC, trace_id DESC LIMIT 50"},
        {"tenant since, bound", "SELECT * FROM traces WHERE tenant_id = ? " + FILTERS_V17
            + "ORDER BY tenant_id, created_at DESC, trace_id DESC LIMIT 50"},
    };

    public static void main(String[] args) throws Exception {
        String folder = args[0];
        int rows = Integer.parseInt(args[1]);
        try (Connection c = DriverManager.getConnection("jdbc:h2:" + folder + "/traces", "sa", "")) {
            Statement s = c.createStatement();
            s.execute("SET OPTIMIZE_REUSE_RESULTS FALSE");
            s.execute("DROP TABLE IF EXISTS traces");
            s.execute("CREATE TABLE traces (trace_id UUID PRIMARY KEY, tenant_id UUID NOT NULL, "
                    + "env_name VARCHAR(100) NOT NULL, agent_id UUID, created_at BIGINT NOT NULL, "
                    + "decision VARCHAR(20) NOT NULL, findings_json VARCHAR NOT NULL)");
            s.execute("CREATE INDEX traces_by_tenant_time ON traces (tenant_id, created_at)");
            s.execute("CREATE INDEX traces_by_agent ON traces (tenant_id, agent_id, created_at)");
            UUID tenant = UUID.randomUUID();
            UUID[] agents = new UUID[100];
            for (int i = 0; i < agents.length; i++) {
                agents[i] = UUID.randomUUID();
            }
            fill(c, tenant, agents, rows);
            time(c, tenant, agents, rows, BEFORE_V17);
            s.execute("DROP INDEX traces_by_tenant_time");
            s.execute("DROP INDEX traces_by_agent");
            s.execute("CREATE INDEX traces_by_tenant_time ON traces (tenant_id, created_at DESC, trace_id DESC)");
            s.execute("CREATE INDEX traces_by_agent ON traces (tenant_id, agent_id, created_at DESC, trace_id DESC)");
            time(c, tenant, agents, rows, V17);
        }
    }

    private static void fill(Connection c, UUID tenant, UUID[] agents, int rows) throws Exception {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO traces VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < rows; i++) {
                insert.setObject(1, UUID.randomUUID());
                insert.setObject(2, tenant);
                insert.setString(3, "production");
                insert.setObject(4, agents[i % agents.length]);
                insert.setLong(5, i / 3);
                insert.setString(6, i % 10 == 0 ? "DENY" : "ALLOW");
                insert.setString(7, "[]");
                insert.addBatch();
                if (i % 1000 == 999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static void time(Connection c, UUID tenant, UUID[] agents, int rows, String[][] statements)
            throws Exception {
        for (String[] named : statements) {
            try (PreparedStatement query = c.prepareStatement(named[1])) {
                long best = Long.MAX_VALUE;
                int found = 0;
                int parameters = query.getParameterMetaData().getParameterCount();
                for (int run = 0; run < 30; run++) {
                    UUID agent = agents[run % agents.length];
                    query.setObject(1, tenant);
                    int k = 2;
                    if (named[0].startsWith("agent")) {
                        query.setObject(k++, agent);
                        if (named[0].contains("optional")) {
                            query.setObject(k++, agent);
                        }
                    }
                    for (int any = 0; any < 4; any++) {
                        query.setObject(k++, null); // environment and decision: any
                    }
                    // since: the last 30 traces (fewer than a page), or none
                    Long since = named[0].contains("since") ? Long.valueOf(rows / 3 - 10) : null;
                    for (; k <= parameters; k++) {
                        query.setObject(k, since == null && named[1].contains(FILTERS_V17) ? (Object) Long.MIN_VALUE : since);
                    }
                    long start = System.nanoTime();
                    try (ResultSet result = query.executeQuery()) {
                        found = 0;
                        while (result.next()) {
                            found++;
                        }
                    }
                    best = Math.min(best, System.nanoTime() - start);
                }
                System.out.printf("%-22s %2d rows  best of 30: %9.2f ms%n", named[0], found, best / 1e6);
            }
        }
    }
}
