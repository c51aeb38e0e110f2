package io.interven.gateway.core.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AsciiConfusablesTest {

    @Test
    void theShippedTableIsWhatIcusConfusablesDataGivesToday() throws IOException {
        Map<Integer, String> built = AsciiConfusablesBuilder.build();
        String shipped;
        try (InputStream in = AsciiConfusables.class.getResourceAsStream(AsciiConfusables.RESOURCE)) {
            shipped = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }

        assertThat(shipped).as("regenerate with: java -cp <service classes>:<icu4j> "
                        + AsciiConfusablesBuilder.class.getName() + " service/src/main/resources/"
                        + AsciiConfusables.class.getPackageName().replace('.', '/') + "/" + AsciiConfusables.RESOURCE)
                .isEqualTo(AsciiConfusablesBuilder.format(built));
        assertThat(AsciiConfusables.size()).isEqualTo(built.size()).isGreaterThan(1000);
        built.forEach((cp, ascii) -> assertThat(AsciiConfusables.asciiFor(cp)).isEqualTo(ascii));
    }

    @Test
    void asciiIsNeverInTheTable() {
        for (int c = 0; c < 0x80; c++) {
            assertThat(AsciiConfusables.asciiFor(c)).isNull();
        }
    }
}
