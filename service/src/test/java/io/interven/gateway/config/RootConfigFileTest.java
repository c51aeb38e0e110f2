package io.interven.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.configuration.ConfigurationFactory;
import io.dropwizard.configuration.DefaultConfigurationFactoryFactory;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.FileConfigurationSourceProvider;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jersey.validation.Validators;
import org.junit.jupiter.api.Test;

/**
 * The {@code config.yml} at the repository's root, the one the README starts the gateway with, is read as the server
 * reads it (environment variables substituted, every field known, every constraint checked): a setting put under the
 * wrong section or misspelt fails here, not on a new user's first start.
 */
class RootConfigFileTest {

    @Test
    void theRootConfigurationFileIsAValidConfiguration() throws Exception {
        ConfigurationFactory<GatewayConfiguration> factory = new DefaultConfigurationFactoryFactory<GatewayConfiguration>()
                .create(GatewayConfiguration.class, Validators.newValidator(), Jackson.newObjectMapper(), "dw");

        GatewayConfiguration config = factory.build(new SubstitutingSourceProvider(
                new FileConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)), "../config.yml");

        assertThat(config.inbound.classifiedAnswerBytes).isEqualTo(1024 * 1024);
        assertThat(config.inbound.allowPrivateUpstreams).isFalse();
        assertThat(config.history.refreshInterval.toSeconds()).isEqualTo(2);
    }
}
