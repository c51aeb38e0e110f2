package io.interven.gateway.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Properties of {@link UpstreamTarget} over many generated paths: whatever the path, a target that is not refused
 * stays on the base's origin, below {@code basePath/}, and no reading of it (decoded once, twice, ..., normalized)
 * holds a dot segment or a control character; and paths made of legitimate pieces are never refused and travel
 * exactly as sent.
 */
class UpstreamTargetPropertyTest {
    static final URI BASE = URI.create("https://api.example.com:8443/crm/v3");
    static final RouteCredential CREDENTIAL = new RouteCredential.Query("hapikey", "k");
    static final int PATHS = 50_000;

    /** Pieces attackers combine, and pieces of honest paths, so that both kinds meet in one path. */
    static final List<String> HOSTILE = List.of("/", "/", "/", ".", "..", "%2e", "%2E", "%252e", "%25252e", "%c0%ae",
            "%e0%80%ae", "%2f", "%2F", "%252f", "%5c", "\\", "@", ";", "%3b", "%00", "\u0000", "%0a", "http:", "//",
            "%", "%2", "%u002e", "\uFF0E", "%ef%bc%8e", "\uFF0F", " ", "%20", "a", "v1", "objects", "%3A", "~", "é",
            "%C3%A9", "?", "#", ":", "%25", "-", "_");
    static final List<String> HONEST = List.of("a", "b", "v58.0", "objects", "001%3Axyz", "%20", "%C3%A9", "é",
            "%40", "~", "-", "_", ".", "x:y", "%25x", "0", "Z", "(", ")", "!", "*", "+", ",", "=", "$", "&", "'");

    @Test
    void noGeneratedPathLeavesTheBaseOrReadsAsADotSegment() {
        SplittableRandom random = new SplittableRandom(11);
        int forwarded = 0;
        for (int i = 0; i < PATHS; i++) {
            String path = (random.nextInt(10) == 0 ? "" : "/") + generate(random, HOSTILE, 1 + random.nextInt(12));
            UpstreamTarget target;
            try {
                target = UpstreamTarget.resolve(BASE, path, "a=1", CREDENTIAL);
            } catch (UpstreamPathRefused refused) {
                continue;
            }
            forwarded++;
            assertStaysUnderTheBase(path, target.uri());
        }
        assertThat(forwarded).as("some generated paths are honest enough to forward").isGreaterThan(PATHS / 50);
    }

    @Test
    void pathsOfHonestPiecesAreNeverRefusedAndTravelAsSent() throws UpstreamPathRefused {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < PATHS / 5; i++) {
            StringBuilder path = new StringBuilder();
            int segments = 1 + random.nextInt(6);
            for (int s = 0; s < segments; s++) {
                String segment = generate(random, HONEST, 1 + random.nextInt(4));
                boolean dotsOnly = segment.replace("%20", "").chars().allMatch(c -> c == '.');
                path.append('/').append(dotsOnly ? segment + "x" : segment);
            }
            URI uri = UpstreamTarget.resolve(BASE, path.toString(), null, CREDENTIAL).uri();
            String expected = path.toString().replace("é", "%C3%A9");
            assertThat(uri.getRawPath()).as(path.toString()).isEqualTo("/crm/v3" + expected);
        }
    }

    static String generate(SplittableRandom random, List<String> pieces, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(pieces.get(random.nextInt(pieces.size())));
        }
        return text.toString();
    }

    static void assertStaysUnderTheBase(String sent, URI uri) {
        assertThat(uri.getScheme()).as(sent).isEqualTo("https");
        assertThat(uri.getRawAuthority()).as(sent).isEqualTo("api.example.com:8443");
        assertThat(uri.getRawUserInfo()).as(sent).isNull();
        assertThat(uri.getRawFragment()).as(sent).isNull();
        String path = uri.getRawPath();
        assertThat(path.equals("/crm/v3") || path.startsWith("/crm/v3/")).as(sent + " -> " + path).isTrue();
        assertThat(uri.normalize().getRawPath()).as(sent).isEqualTo(path);
        String reading = path;
        for (int round = 0; round < 6; round++) {
            assertNoDotSegmentOrControl(sent, reading);
            assertNoDotSegmentOrControl(sent, Normalizer.normalize(reading, Normalizer.Form.NFKC));
            reading = new String(PercentCoding.decode(reading), StandardCharsets.UTF_8);
        }
    }

    static void assertNoDotSegmentOrControl(String sent, String reading) {
        assertThat(reading.codePoints().noneMatch(Character::isISOControl)).as(sent + " reads " + reading).isTrue();
        for (String segment : reading.split("[/\\\\;]", -1)) {
            String trimmed = segment.strip();
            assertThat(!trimmed.isEmpty() && trimmed.chars().allMatch(c -> c == '.'))
                    .as(sent + " reads as a dot segment: " + reading).isFalse();
        }
    }
}
