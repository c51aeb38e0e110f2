package io.interven.plugin.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.interven.spi.FieldLocation;
import io.interven.spi.ScanField;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Four megabytes of runs the transformed-token readers look at (long words, marks of a reversed JWT, 36-character runs) is
 * read in one sweep: none searches the rest of the text again from every run. A search from every run would take
 * a minute here; the bound only tells that apart, it measures nothing.
 */
class TransformedRunsAtScaleTest {
    private static final int SIZE = 4 << 20;
    private static final SecretsDetector DETECTOR = new SecretsDetector();

    @ParameterizedTest
    @ValueSource(strings = {"abcdefghijklmnopqrstu ", "xJye.xJye.aJye ", "Jye.", "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789 ",
        "g_h_p___AbCdEfGhIjKlMnOpQrStUvWxYz0123456789\n", "a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q "})
    void fourMegabytesOfRunsAreReadInOneSweep(String pattern) {
        String text = pattern.repeat(SIZE / pattern.length());

        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThat(DETECTOR.detect(
                new ScanField("$.text", FieldLocation.BODY, null, text))).isNotNull());
    }
}
