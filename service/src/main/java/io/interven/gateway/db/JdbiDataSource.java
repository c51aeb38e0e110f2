package io.interven.gateway.db;

import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.config.JdbiConfig;

/**
 * The pool a {@link Jdbi} built by {@link JdbiSetup} draws its connections from, kept in the Jdbi's configuration so
 * that {@link DatabaseMigrations} runs on the very same pool (an in-memory H2 database lives only as long as one of
 * its connections stays open).
 */
public final class JdbiDataSource implements JdbiConfig<JdbiDataSource> {
    private DataSource dataSource;

    /** Empty; Jdbi creates it on first lookup. */
    public JdbiDataSource() {
    }

    private JdbiDataSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The pool behind {@code jdbi}; fails when the Jdbi was not built by {@link JdbiSetup}. */
    public static DataSource of(Jdbi jdbi) {
        DataSource source = jdbi.getConfig(JdbiDataSource.class).dataSource;
        if (source == null) {
            throw new IllegalStateException("this Jdbi was not built by JdbiSetup: it names no DataSource to migrate");
        }
        return source;
    }

    void set(DataSource source) {
        this.dataSource = source;
    }

    @Override
    public JdbiDataSource createCopy() {
        return new JdbiDataSource(dataSource);
    }
}
