package io.interven.spi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The constant plugins and the gateway use is the build's {@code spi.version} (passed to the tests by Maven). */
class SpiVersionTest {

    @Test
    void theCurrentVersionIsTheBuildsSpiVersion() {
        assertThat(System.getProperty("interven.spi.version")).as("set by the detector-api POM").isNotBlank();
        assertThat(SpiVersion.CURRENT).isEqualTo(System.getProperty("interven.spi.version"));
    }

    @Test
    void itIsAPlainSemanticVersion() {
        assertThat(SpiVersion.CURRENT).matches("\\d+\\.\\d+\\.\\d+");
    }
}
