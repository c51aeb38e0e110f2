import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Random;
import java.util.UUID;

/**
 * How long H2 takes to answer the first page (50) of a tenant's approvals, newest first, and of its pending queue,
 * oldest first, with the statements and indexes before and after V18:
 *
 * <ul>
 *   <li>{@code before}: no index on the creation time, the statements ordered by creation time then id (newest
 *       first with ties by id ascending): every approval of the tenant is read and sorted for each page;
 *   <li>{@code before, with V18's index}: the old statements over the new index (H2 reads it, then still sorts);
 *   <li>{@code V18}: {@code approvals_by_tenant_time (tenant_id, created_at, id)}, the statements ordered by its
 *       columns, read backwards for the newest first.
 * </ul>
 *
 * Builds a throwaway database of the approvals table's listed columns in FOLDER: ROWS approvals of one tenant, three
 * to a millisecond, one in ten pending and the rest denied, all created long before the moment asked about, and
 * joined to an empty traces table as the listing joins them. Prints the best of 15 runs of each statement, the reuse
 * of an unchanged query's result switched off:
 *
 * <pre>
 * java -cp service/target/interven.jar benchmarks/db/ApprovalListingPlans.java /tmp/approval-listing 200000
 * </pre>
 */
public class ApprovalListingPlans {
    private static final String LISTED = "SELECT a.id, t.* FROM approvals a "
            + "LEFT JOIN traces t ON t.trace_id = a.trace_id AND t.tenant_id = a.tenant_id "
            + "WHERE a.tenant_id = ? AND (CAST(? AS VARCHAR(100)) IS NULL OR a.env_name = ?) "
            + "AND (CAST(? AS VARCHAR(16)) IS NULL OR (CASE WHEN a.consumed_at IS NULL "
            + "AND a.status IN ('PENDING', 'APPROVED') AND a.expires_at <= ? THEN 'EXPIRED' ELSE a.status END) = ?) ";

    public static void main(String[] args) throws Exception {
        String folder = args[0];
        int rows = Integer.parseInt(args[1]);
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + folder + "/approvals;QUERY_CACHE_SIZE=0")) {
            Statement s = c.createStatement();
            s.execute("DROP TABLE IF EXISTS approvals");
            s.execute("DROP TABLE IF EXISTS traces");
            s.execute("CREATE TABLE approvals (id UUID PRIMARY KEY, tenant_id UUID NOT NULL, "
                    + "env_name VARCHAR(100) NOT NULL, trace_id UUID NOT NULL, status VARCHAR(16) NOT NULL, "
                    + "created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL, consumed_at BIGINT)");
            s.execute("CREATE TABLE traces (trace_id UUID, tenant_id UUID, x INT, PRIMARY KEY (tenant_id, trace_id))");
            UUID tenant = UUID.randomUUID();
            insert(c, tenant, rows);
            String[][] statements = {
                {"newest first", LISTED + "ORDER BY a.created_at DESC, a.id LIMIT 50", null},
                {"pending queue", LISTED + "ORDER BY a.created_at, a.id LIMIT 50", "PENDING"},
                {"newest first, V18 statement", LISTED + "ORDER BY a.tenant_id DESC, a.created_at DESC, a.id DESC "
                        + "LIMIT 50", null},
                {"pending queue, V18 statement", LISTED + "ORDER BY a.tenant_id, a.created_at, a.id LIMIT 50",
                    "PENDING"}};
            for (boolean indexed : new boolean[] {false, true}) {
                if (indexed) {
                    s.execute("CREATE INDEX approvals_by_tenant_time ON approvals (tenant_id, created_at, id)");
                }
                for (String[] statement : statements) {
                    System.out.printf("%,d approvals, %s, %s: %.2f ms%n", rows,
                            indexed ? "V18's index" : "no index", statement[0],
                            bestOf(c, statement[1], tenant, statement[2]) / 1e6);
                }
            }
        }
    }

    private static void insert(Connection c, UUID tenant, int rows) throws Exception {
        Random random = new Random(1);
        try (PreparedStatement p = c.prepareStatement("INSERT INTO approvals VALUES (?, ?, ?, ?, ?, ?, ?, NULL)")) {
            for (int i = 0; i < rows; i++) {
                p.setObject(1, UUID.randomUUID());
                p.setObject(2, tenant);
                p.setString(3, "production");
                p.setObject(4, UUID.randomUUID());
                p.setString(5, random.nextInt(10) == 0 ? "PENDING" : "DENIED");
                p.setLong(6, 1_000L + i / 3);
                p.setLong(7, 1_000L + i / 3 + 900_000);
                p.addBatch();
                if (i % 10_000 == 9_999) {
                    p.executeBatch();
                }
            }
            p.executeBatch();
        }
    }

    private static long bestOf(Connection c, String sql, UUID tenant, String status) throws Exception {
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 15; run++) {
            try (PreparedStatement p = c.prepareStatement(sql)) {
                p.setObject(1, tenant);
                p.setString(2, null);
                p.setString(3, null);
                p.setString(4, status);
                p.setLong(5, 500L);
                p.setString(6, status);
                long start = System.nanoTime();
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        rs.getObject(1);
                    }
                }
                best = Math.min(best, System.nanoTime() - start);
            }
        }
        return best;
    }
}
