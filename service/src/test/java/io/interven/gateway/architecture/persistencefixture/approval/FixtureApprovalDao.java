package io.interven.gateway.architecture.persistencefixture.approval;

import java.util.List;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** A SQL object of the approval package that strays beyond its tables, for the persistence rules' own test. */
public interface FixtureApprovalDao {
    @SqlUpdate("UPDATE approvals SET status = 'DENIED'")
    void ownTable();

    @SqlQuery("SELECT a.id FROM approvals a LEFT JOIN traces t ON t.trace_id = a.trace_id")
    List<String> allowedJoin();

    @SqlUpdate("INSERT INTO traces (trace_id) VALUES (NULL)")
    void writesAnotherPackagesTable();

    @SqlQuery("SELECT a.id FROM approvals a JOIN tenants t ON t.id = a.tenant_id")
    List<String> readsAnotherPackagesTable();

    @SqlQuery("SELECT * FROM audit_log")
    List<String> readsATableWithoutOwner();
}
