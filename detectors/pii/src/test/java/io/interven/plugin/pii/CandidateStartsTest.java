package io.interven.plugin.pii;

import static io.interven.plugin.pii.RecognizerSpans.gated;
import static io.interven.plugin.pii.RecognizerSpans.searched;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The pattern recognizers try their pattern only at candidate starts ({@link CandidateStarts}); they must find
 * exactly the candidates that searching the whole text ({@code Matcher.find()} from every position) finds. Checked on
 * hand-written texts around each pattern's edges and on random texts made of the characters the patterns care about.
 */
class CandidateStartsTest {
    private static final List<PatternRecognizer> RECOGNIZERS = List.of(new EmailRecognizer(),
            new IpAddressRecognizer(), new UsSsnRecognizer(), new UkNinoRecognizer());
    private static final String[] TEXTS = {
        "", "@", "a@b.co", "mail a@b.co, then x.y+z@sub.example.org.", "git@github.com:org/repo.git",
        "https://user:pw@host.example.com/a", "first.last@example.com@other.com", "..a@b.co", "-a@b.co",
        "logo@2x.png and " + "x".repeat(70) + "@example.com and " + "y".repeat(64) + "@example.com",
        "a" + "b".repeat(62) + "c@example.com", "ab@@cd.com", "a@b.c@d.ef",
        "from 203.0.113.7:8080 and 8.8.8.8, v1.2.3.4, 10.0.0.1/24, 1.2.3.4.5", "::1 fe80::1 2a00:1450:4001::200e",
        "std::max a:b:c:d dead:beef:cafe::1 ::ffff:192.0.2.1", "time 09:47:10.426Z 2025-02-10T09:47:10",
        "ssn 123-45-6789, 123 45 6789 234 56 7890; 123456789 #123456789 a123-45-6789 1234-56-7890",
        "AB123456C AB 12 34 56 C QQ123456C xAB123456C GB123456A, NO 12 34 56 D",
    };
    /** Pieces random texts are made of: the patterns' characters, in runs that often make a whole match. */
    private static final String[] PIECES = {"1", "12", "123", "203", "45", "6789", "0", ".", ":", "::", "-", " ",
        "  ", "@", "a", "ab", "x.y", "example", ".com", ".co.uk", "AB", "JK", "C", "D", "fe80", "dead", "/", "#",
        "_", "+", "$", "%", "\n", "Q", "ssn ", "123-45-6789", "234 56 7890", "345678901", "AB123456",
        "JK 12 34 56 ", "AB 12 34 56 C", "1700123456789", "1234567890", "12345678", "0123"};

    @Test
    void findTheSameCandidatesAsASearchOfTheWholeText() {
        for (PatternRecognizer recognizer : RECOGNIZERS) {
            for (String text : TEXTS) {
                assertThat(gated(recognizer, text)).as(recognizer.id() + " in " + text)
                        .isEqualTo(searched(recognizer, text));
            }
        }
    }

    @Test
    void findTheSameCandidatesInRandomTexts() {
        Random random = new Random(7);
        int[] matches = new int[RECOGNIZERS.size()];
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int pieces = 1 + random.nextInt(30);
            for (int i = 0; i < pieces; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            for (int r = 0; r < RECOGNIZERS.size(); r++) {
                PatternRecognizer recognizer = RECOGNIZERS.get(r);
                List<String> searched = searched(recognizer, text.toString());
                assertThat(gated(recognizer, text.toString())).as(recognizer.id() + " in " + text)
                        .isEqualTo(searched);
                matches[r] += searched.size();
            }
        }
        // the random texts do hold candidates of every pattern, so the comparison means something
        assertThat(java.util.Arrays.stream(matches).min().orElse(0)).as("candidates per pattern %s", java.util.Arrays.toString(matches)).isGreaterThan(100);
    }

    @Test
    void phoneRunsReadByHandAreThoseOfASearchOfTheWholeText() {
        Random random = new Random(9);
        String[] pieces = {"+", "(", ")", "1", "23", "415", " ", "-", ".", "x", "ext.", " ext ", "extension", "a",
            "\u00A0", "\n", "+1 (415) 555-0100", "020 7946 0958 x12", "1234567", " x ", "ext. ", "e", "X1",
            "extension 1234567"};
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int count = 1 + random.nextInt(20);
            for (int i = 0; i < count; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String t = text.toString();
            List<String> gated = new ArrayList<>();
            int from = 0;
            int start;
            while ((start = PhoneNumberRecognizer.nextRunStart(t, from)) >= 0) {
                int end = PhoneRun.end(t, start);
                if (end < 0) {
                    from = start + 1;
                } else {
                    gated.add(start + "-" + end);
                    from = end;
                }
            }
            List<String> searched = new ArrayList<>();
            Matcher plain = PhoneNumberRecognizer.runPattern().matcher(t);
            while (plain.find()) {
                searched.add(plain.start() + "-" + plain.end());
            }
            assertThat(gated).as(t).isEqualTo(searched);
        }
    }
}
