package io.interven.gateway.db;

import org.jdbi.v3.core.Handle;

/** What the tests that read query plans share. */
final class QueryPlans {
    private QueryPlans() {
    }

    /**
     * On a table this small, PostgreSQL would rather read it whole and sort it; switching both off (for the
     * transaction of {@code handle}) makes it show the plan it would choose at scale, and a sort that remains is one
     * no index avoids. H2 needs nothing.
     */
    static void avoidSortsAndWholeTableReads(Handle handle, String database) {
        if (database.equals("postgres")) {
            handle.execute("SET LOCAL enable_seqscan = off");
            handle.execute("SET LOCAL enable_sort = off");
        }
    }
}
