package io.interven.plugin.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.spi.FieldLocation;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GitHubTokenChecksumTest {
    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private final GitHubTokenChecksum checksum = new GitHubTokenChecksum();

    @Test
    void agreesWithAChecksumComputedIndependently() {
        // computed outside Java: base62(crc32("waEWnr1rhluirLT28usPN5OMmTIFJY")) left-padded to 6 digits
        assertThat(GitHubTokenChecksum.checksumOf("waEWnr1rhluirLT28usPN5OMmTIFJY")).isEqualTo("4DjqyC");
        assertThat(checksum.isValid("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")).isTrue();
    }

    @Test
    void rejectsATokenWithOneCharacterChanged() {
        assertThat(checksum.isValid("ghp_waEWnr1rhluirLT28usPN5OMmTIFJZ4DjqyC")).isFalse();
        assertThat(checksum.isValid("ghp_waEWnr1rhluirLT28usPN5OMmTIFJY4DjqyD")).isFalse();
        assertThat(checksum.isValid("ghp_waEWnr1rhluirLT28usPN5OMmTIFJY4Djqy")).isFalse();
    }

    @Test
    void padsShortChecksumsWithZeros() {
        assertThat(Base62Encoding.encode(0, 6)).isEqualTo("000000");
        assertThat(Base62Encoding.encode(61, 6)).isEqualTo("00000z");
        assertThat(Base62Encoding.encode(62, 6)).isEqualTo("000010");
        assertThat(Base62Encoding.encode(0xFFFFFFFFL, 6)).isEqualTo("4gfFC3");
    }

    @Test
    void theDetectorFindsGeneratedTokensOnlyWhenTheirChecksumHolds() {
        SecretsDetector detector = new SecretsDetector();
        Random random = new Random(42);
        for (String prefix : List.of("ghp_", "gho_", "ghu_", "ghs_", "ghr_")) {
            String randomPart = randomBase62(random, 30);
            String token = prefix + randomPart + GitHubTokenChecksum.checksumOf(randomPart);
            String broken = prefix + randomPart + GitHubTokenChecksum.checksumOf(randomPart + "x");

            assertThat(githubFindings(detector, "token: " + token)).as(token).hasSize(1);
            assertThat(githubFindings(detector, "token: " + broken)).as(broken).isEmpty();
        }
    }

    private static List<Finding> githubFindings(SecretsDetector detector, String text) {
        return detector.detect(new ScanField("$.text", FieldLocation.BODY, null, text)).stream()
                .filter(f -> f.entityType().equals("GITHUB_TOKEN")).toList();
    }

    private static String randomBase62(Random random, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append(BASE62.charAt(random.nextInt(BASE62.length())));
        }
        return out.toString();
    }
}
