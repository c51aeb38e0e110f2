package io.interven.gateway.architecture.persistencefixture.scan;

import org.jdbi.v3.core.Handle;

/** SQL put together on a handle in a package that owns no table, for the persistence rules' own test. */
public final class HandBuiltQuery {
    private HandBuiltQuery() {
    }

    public static int traces(Handle handle) {
        return handle.createQuery("SELECT COUNT(*) FROM traces").mapTo(Integer.class).one();
    }
}
