package io.interven.gateway.architecture.persistencefixture.db;

import java.util.List;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** A tenancy query left in the db package, for the persistence rules' own test. */
public interface LeftoverDao {
    @SqlQuery("SELECT name FROM tenants")
    List<String> names();
}
