package io.interven.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The SPI lists only reason codes a plugin may emit; the gateway's own codes live on the host side. */
class ReasonCodesTest {

    @Test
    void theSpiHoldsNoCodeThatOnlyTheGatewayEmits() {
        assertThat(Arrays.stream(ReasonCodes.class.getDeclaredFields())
                .filter(f -> Modifier.isStatic(f.getModifiers())).map(Field::getName))
                .isNotEmpty()
                .doesNotContain("APPROVED", "MONITOR_ONLY", "PIPELINE_FAILURE");
    }
}
