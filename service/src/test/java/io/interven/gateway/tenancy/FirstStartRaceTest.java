package io.interven.gateway.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.config.BootstrapConfiguration;
import io.interven.gateway.testing.MigratedDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two gateway nodes starting together on one empty database both see "no tenant yet"; the one that loses the race
 * to create tenant {@code default} must start normally, as architecture.md asks of N nodes on one database.
 */
class FirstStartRaceTest {
    private MigratedDatabase database;
    private Jdbi jdbi;

    @BeforeEach
    void migrate() {
        database = new MigratedDatabase("h2");
        jdbi = database.jdbi();
    }

    @AfterEach
    void close() throws Exception {
        database.close();
    }

    @Test
    void theWinningNodeCreatesTheTenantOnce() {
        Optional<IssuedKey> first = bootstrap(new TenantDirectory(jdbi));
        Optional<IssuedKey> second = bootstrap(new TenantDirectory(jdbi));

        assertThat(first).isPresent();
        assertThat(second).isEmpty();
    }

    @Test
    void aNodeThatLosesTheRaceStartsWithoutCreatingAnything() {
        bootstrap(new TenantDirectory(jdbi));
        TenantDirectory sawNoTenantYet = new TenantDirectory(jdbi) {
            @Override
            public boolean hasAnyTenant() {
                return false;
            }
        };

        assertThat(bootstrap(sawNoTenantYet)).isEmpty();
    }

    private Optional<IssuedKey> bootstrap(TenantDirectory directory) {
        BootstrapConfiguration config = new BootstrapConfiguration();
        config.key = "iv_live_race" + "0123456789abcdef";
        return new FirstStartBootstrap(directory, new KeyIssuer(jdbi, directory),
                new PrintStream(new ByteArrayOutputStream())).runIfEmpty(config);
    }
}
