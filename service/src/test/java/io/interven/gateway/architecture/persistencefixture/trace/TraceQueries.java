package io.interven.gateway.architecture.persistencefixture.trace;

import java.util.List;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** A SQL object not named as one, for the persistence rules' own test. */
public interface TraceQueries {
    @SqlQuery("SELECT trace_id FROM traces")
    List<String> all();
}
