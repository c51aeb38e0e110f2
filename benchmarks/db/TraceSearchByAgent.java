import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;

/**
 * How long H2 takes to find one agent's newest traces, with the agent as an optional filter (the statement before
 * a722aaa) and as a plain equality (TraceDao.SEARCH_OF_AGENT; here with positional parameters, the other filters
 * left null). Builds a throwaway database of the traces table's indexed columns in FOLDER: ROWS traces of one tenant,
 * spread over 100 agents. Prints the best of 30 runs of each statement, twice. H2 comes from the gateway's jar:
 *
 * <pre>
 * java -cp service/target/interven.jar benchmarks/db/TraceSearchByAgent.java /tmp/trace-search 1000000
 * </pre>
 */
public class TraceSearchByAgent {
    private static final String FILTERS = "AND (CAST(? AS VARCHAR(100)) IS NULL OR env_name = ?) "
            + "AND (CAST(? AS VARCHAR(20)) IS NULL OR decision = ?) ORDER BY created_at DESC, trace_id LIMIT 50";
    private static final String OPTIONAL_AGENT = "SELECT * FROM traces WHERE tenant_id = ? "
            + "AND (CAST(? AS UUID) IS NULL OR agent_id = ?) " + FILTERS;
    private static final String AGENT = "SELECT * FROM traces WHERE tenant_id = ? AND agent_id = ? " + FILTERS;

    public static void main(String[] args) throws Exception {
        String folder = args[0];
        int rows = Integer.parseInt(args[1]);
        try (Connection c = DriverManager.getConnection("jdbc:h2:" + folder + "/traces", "sa", "")) {
            Statement s = c.createStatement();
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
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO traces VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < rows; i++) {
                    insert.setObject(1, UUID.randomUUID());
                    insert.setObject(2, tenant);
                    insert.setString(3, "production");
                    insert.setObject(4, agents[i % agents.length]);
                    insert.setLong(5, i);
                    insert.setString(6, i % 10 == 0 ? "DENY" : "ALLOW");
                    insert.setString(7, "[]");
                    insert.addBatch();
                    if (i % 1000 == 999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            for (int round = 0; round < 2; round++) {
                for (String sql : new String[] {OPTIONAL_AGENT, AGENT}) {
                    try (PreparedStatement query = c.prepareStatement(sql)) {
                        long best = Long.MAX_VALUE;
                        int found = 0;
                        for (int run = 0; run < 30; run++) {
                            UUID agent = agents[run % agents.length];
                            int k = 1;
                            query.setObject(k++, tenant);
                            query.setObject(k++, agent);
                            if (sql == OPTIONAL_AGENT) {
                                query.setObject(k++, agent);
                            }
                            for (; k <= query.getParameterMetaData().getParameterCount(); k++) {
                                query.setString(k, null); // environment and decision: any
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
                        System.out.printf("%-18s %2d rows  best of 30: %7.2f ms%n",
                                sql == OPTIONAL_AGENT ? "agent as optional" : "agent as equality", found, best / 1e6);
                    }
                }
            }
        }
    }
}
