package io.interven.gateway.db;

import io.dropwizard.db.DataSourceFactory;
import java.util.Locale;

/**
 * Settings the embedded H2 database gets unless the operator set them: a statement cache per connection large enough
 * for every statement the gateway runs (H2 keeps 8 by default, so a pooled connection that serves scans, traces and
 * history would parse its statements again and again). Nothing changes for PostgreSQL, whose driver prepares a
 * statement on the server once it has run a few times on a connection.
 *
 * <p>And H2's object cache off ({@value #OBJECT_CACHE}, a JVM-wide system property, set before the first H2
 * connection unless the operator set it): it hashes every text value H2 builds, to share equal ones, and each trace
 * the gateway writes carries several JSON texts of a few kilobytes that never repeat; under load the hashing was about
 * a seventh of the trace writer's time.
 */
final class H2Settings {
    static final String QUERY_CACHE_SIZE = "QUERY_CACHE_SIZE";
    static final String STATEMENTS_KEPT = "256";
    static final String OBJECT_CACHE = "h2.objectCache";

    private H2Settings() {
    }

    static void applyTo(DataSourceFactory database) {
        String url = database.getUrl();
        if (url == null || !url.startsWith("jdbc:h2:")) {
            return;
        }
        if (System.getProperty(OBJECT_CACHE) == null) {
            System.setProperty(OBJECT_CACHE, "false");
        }
        boolean setInUrl = url.toUpperCase(Locale.ROOT).contains(";" + QUERY_CACHE_SIZE + "=");
        if (!setInUrl) {
            database.getProperties().putIfAbsent(QUERY_CACHE_SIZE, STATEMENTS_KEPT);
        }
    }
}
