package io.interven.gateway.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingEncoderTest {

    /** Jetty and Jersey print requests as they came; the gateway's own lines (a file's path) are left as written. */
    @Test
    void callersValuesAreMaskedInTheLinesOfTheLoggersThatPrintRequests() {
        assertThat(MaskingEncoder.printsRequests("org.eclipse.jetty.http.HttpParser")).isTrue();
        assertThat(MaskingEncoder.printsRequests("org.glassfish.jersey.server.ServerRuntime")).isTrue();
        assertThat(MaskingEncoder.printsRequests("io.dropwizard.jersey.errors.LoggingExceptionMapper")).isTrue();
        assertThat(MaskingEncoder.printsRequests("io.interven.plugin.signals.intel.ListFile")).isFalse();
        assertThat(MaskingEncoder.printsRequests("org.eclipse.jettyish.Other")).isFalse();
        assertThat(MaskingEncoder.printsRequests(null)).isFalse();
    }
}
