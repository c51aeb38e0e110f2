package io.interven.gateway.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathGlobTest {

    @ParameterizedTest(name = "{0} ~ {1} = {2}")
    @CsvSource({
            "/repos/*/issues, /repos/acme/issues, true",
            "/repos/*/issues, /repos/acme/app/issues, false",
            "/repos/**, /repos/acme/app/issues/1, true",
            "/repos/**/comments, /repos/a/b/issues/3/comments, true",
            "/v1/*, /v1/, true",
            "/V1/*, /v1/x, false",
            "/files/?.txt, /files/a.txt, true",
            "/files/?.txt, /files/ab.txt, false",
            "/files/(a).txt, /files/(a).txt, true",
            "/a+b, /a+b, true",
            "/a+b, /aab, false"})
    void matches(String pattern, String path, boolean matches) {
        assertThat(PathGlob.of(pattern).matches(path)).isEqualTo(matches);
    }

    @Test
    void nullNeverMatches() {
        assertThat(PathGlob.of("**").matches(null)).isFalse();
    }

    @Test
    void theSourceIsKeptAsWritten() {
        assertThat(PathGlob.of("/Repos/*").toString()).isEqualTo("/Repos/*");
    }

    @Test
    void doubleStarSpansEveryCharacterLineBreaksIncluded() {
        assertThat(PathGlob.of("/admin/**").matches("/admin/a\nb")).isTrue();
        assertThat(PathGlob.of("/admin/**/delete").matches("/admin/a\r\n/delete")).isTrue();
        assertThat(PathGlob.of("/**x").matches("/\u2028x")).isTrue();
        assertThat(PathGlob.of("/a/*/b").matches("/a/\n/b")).isTrue();
    }

    @Test
    void literalAndPrefixPatternsAnswerAsTheirExpression() {
        assertThat(PathGlob.of("/chat.postMessage").matches("/chat.postMessage")).isTrue();
        assertThat(PathGlob.of("/chat.postMessage").matches("/chatXpostMessage")).isFalse();
        assertThat(PathGlob.of("/api/**").matches("/api/")).isTrue();
        assertThat(PathGlob.of("/api/**").matches("/api")).isFalse();
        assertThat(PathGlob.of("**").matches("")).isTrue();
        assertThat(PathGlob.of("").matches("")).isTrue();
        assertThat(PathGlob.of("").matches("/")).isFalse();
    }

    /**
     * Every glob answers as its regular expression would (written here on its own: {@code **} any characters,
     * {@code *} any but {@code /}, {@code ?} one but {@code /}, the rest literal), whichever shortcut it takes.
     */
    @Test
    void randomGlobsAnswerAsTheirRegularExpression() {
        String alphabet = "/ab.*?(\n";
        String pathAlphabet = "/ab.*?(\n\u2028";
        Random random = new Random(7);
        for (int i = 0; i < 50_000; i++) {
            String glob = randomText(random, alphabet, 8);
            String path = random.nextInt(4) == 0 ? glob.replace("*", "a").replace("?", "b")
                    : randomText(random, pathAlphabet, 10);
            boolean expected = Pattern.compile(reference(glob), Pattern.DOTALL).matcher(path).matches();
            assertThat(PathGlob.of(glob).matches(path)).as("%s ~ %s", glob, path).isEqualTo(expected);
        }
    }

    private static String randomText(Random random, String alphabet, int maxLength) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(maxLength + 1);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private static String reference(String glob) {
        return glob.replace("**", "\u0000").chars().mapToObj(c -> switch (c) {
            case 0 -> ".*";
            case '*' -> "[^/]*";
            case '?' -> "[^/]";
            default -> Pattern.quote(String.valueOf((char) c));
        }).reduce("", String::concat);
    }
}
