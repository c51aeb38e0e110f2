package io.interven.gateway.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.db.DataSourceFactory;
import org.junit.jupiter.api.Test;

class H2SettingsTest {
    private static DataSourceFactory database(String url) {
        DataSourceFactory database = new DataSourceFactory();
        database.setUrl(url);
        return database;
    }

    @Test
    void anH2DatabaseKeepsEnoughPreparedStatementsPerConnection() {
        DataSourceFactory h2 = database("jdbc:h2:./data/interven");

        H2Settings.applyTo(h2);

        assertThat(h2.getProperties()).containsEntry("QUERY_CACHE_SIZE", H2Settings.STATEMENTS_KEPT);
    }

    @Test
    void whatTheOperatorSetIsKeptInTheUrlOrInTheProperties() {
        DataSourceFactory inUrl = database("jdbc:h2:./data/interven;query_cache_size=4");
        DataSourceFactory inProperties = database("jdbc:h2:./data/interven");
        inProperties.getProperties().put("QUERY_CACHE_SIZE", "16");

        H2Settings.applyTo(inUrl);
        H2Settings.applyTo(inProperties);

        assertThat(inUrl.getProperties()).doesNotContainKey("QUERY_CACHE_SIZE");
        assertThat(inProperties.getProperties()).containsEntry("QUERY_CACHE_SIZE", "16");
    }

    @Test
    void h2sObjectCacheIsTurnedOffUnlessTheOperatorSetIt() {
        String before = System.getProperty(H2Settings.OBJECT_CACHE);
        try {
            System.clearProperty(H2Settings.OBJECT_CACHE);
            H2Settings.applyTo(database("jdbc:h2:./data/interven"));
            assertThat(System.getProperty(H2Settings.OBJECT_CACHE)).isEqualTo("false");

            System.setProperty(H2Settings.OBJECT_CACHE, "true");
            H2Settings.applyTo(database("jdbc:h2:./data/interven"));
            assertThat(System.getProperty(H2Settings.OBJECT_CACHE)).isEqualTo("true");
        } finally {
            if (before == null) {
                System.clearProperty(H2Settings.OBJECT_CACHE);
            } else {
                System.setProperty(H2Settings.OBJECT_CACHE, before);
            }
        }
    }

    @Test
    void postgresIsLeftAlone() {
        DataSourceFactory postgres = database("jdbc:postgresql://127.0.0.1:5432/interven");

        H2Settings.applyTo(postgres);

        assertThat(postgres.getProperties()).isEmpty();
    }
}
