package io.interven.gateway.wiring;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.core.setup.Environment;
import io.interven.gateway.config.GatewayConfiguration;
import io.interven.gateway.db.DatabaseMigrations;
import io.interven.gateway.db.JdbiDataSource;
import io.interven.gateway.db.JdbiSetup;
import io.interven.gateway.logging.LogMasking;
import io.interven.gateway.metrics.GatewayMetrics;
import io.interven.gateway.resources.RequestJson;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;

/**
 * What every area shares: the configuration, the Dropwizard environment, the JSON mapper, the database (migrated
 * before anything reads it), the bounded request reader, the clock, and the meters served on the admin port's
 * {@code /metrics} (the database pool watched from the start). Logs are masked before anything logs.
 */
public record Foundation(GatewayConfiguration config, Environment environment, ObjectMapper mapper, Jdbi jdbi,
                         RequestJson requests, Clock clock, GatewayMetrics metrics) {

    public static Foundation lay(GatewayConfiguration config, Environment environment) {
        LogMasking.installOnEveryAppender();
        config.limits.applyEnvironment(System.getenv());
        ObjectMapper mapper = environment.getObjectMapper();
        Jdbi jdbi = JdbiSetup.forService(environment, config.database);
        new DatabaseMigrations(jdbi).migrate();
        GatewayMetrics metrics = GatewayMetrics.servedOn(environment);
        metrics.watch(JdbiDataSource.of(jdbi));
        RequestJson requests = new RequestJson(mapper, config.limits.maxBodyBytes, config.limits.bodyPace());
        return new Foundation(config, environment, mapper, jdbi, requests, Clock.systemUTC(), metrics);
    }

    /** Registers a JAX-RS component (resource, filter, mapper) with the API. */
    void register(Object component) {
        environment.jersey().register(component);
    }
}
