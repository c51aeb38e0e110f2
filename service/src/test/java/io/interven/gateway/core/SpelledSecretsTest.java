package io.interven.gateway.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.io.BaseEncoding;
import io.interven.gateway.core.normalize.TextNormalizer;
import io.interven.gateway.policy.Decision;
import io.interven.gateway.testing.BuiltinPipeline;
import io.interven.spi.Finding;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated tokens of several providers, each written the ways a model asked to slip a key past a filter writes it
 * (a character at a time, in chunks, as character codes or bytes, as joined string literals, as octal escapes,
 * backwards, in ROT13, Caesar-shifted, in Atbash, in ROT47, cut by line continuations, wrapped over lines, as a list
 * of bytes, in binary, in base32, base64 of UTF-16, {@code 0x} hex, a character at a time with any decoration around each,
 * each character twice, as {@code chr()} codes, in the phonetic alphabet), through the real pipeline and plugins: each is found as its entity type, the call is
 * sanitized, the words around it are kept, and the forwarded text holds no 5-character piece of the token. Every way
 * is also found in a header, a query, a form body, a JSON key, JSON in a string and base64 of prose.
 */
class SpelledSecretsTest {
    private static final int SEEDS = 2;
    private static final String BEFORE = "please use ";
    private static final String AFTER = " for the deploy";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LINE_CONTINUATIONS = "line-continuations";
    private static final String WRAPPED = "wrapped-over-three-lines";

    /** A way of writing a token. */
    record Form(String name, UnaryOperator<String> write) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Form> forms() {
        return List.of(
                new Form("a-character-a-space", v -> spaced(v, 1, " ")),
                new Form("a-character-a-line", v -> spaced(v, 1, "\n")),
                new Form("chunks-of-4-split-by-spaces", v -> spaced(v, 4, " ")),
                new Form("chunks-of-5-a-line", v -> spaced(v, 5, "\n")),
                new Form("chunks-of-8-split-by-spaces", v -> spaced(v, 8, " ")),
                new Form("decimal-character-codes", v -> v.chars().mapToObj(Integer::toString)
                        .collect(Collectors.joining(","))),
                new Form("hex-character-codes", v -> v.chars().mapToObj(c -> String.format("0x%02x", c))
                        .collect(Collectors.joining(", ", "[", "]"))),
                new Form("hex-bytes-split-by-spaces", v -> spaced(HexFormat.of().formatHex(v.getBytes()), 2, " ")),
                new Form("literals-joined-by-plus", v -> "\"" + v.substring(0, v.length() / 3) + "\" + \""
                        + v.substring(v.length() / 3, 2 * v.length() / 3) + "\" + \"" + v.substring(2 * v.length() / 3)
                        + "\""),
                new Form("a-list-joined", v -> "''.join(['" + v.substring(0, v.length() / 2) + "', '"
                        + v.substring(v.length() / 2) + "'])"),
                new Form("octal-escapes", v -> v.chars().mapToObj(c -> String.format("\\%03o", c))
                        .collect(Collectors.joining())),
                new Form("backwards", v -> new StringBuilder(v).reverse().toString()),
                new Form("rot13", SpelledSecretsTest::rot13),
                new Form("rot13-backwards", v -> new StringBuilder(rot13(v)).reverse().toString()),
                new Form("caesar-shift-3", v -> shifted(v, 3)),
                new Form("atbash-backwards", v -> new StringBuilder(atbash(v)).reverse().toString()),
                new Form("rot47", v -> v.chars().map(c -> c >= '!' && c <= '~' ? '!' + (c - '!' + 47) % 94 : c)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString()),
                new Form(LINE_CONTINUATIONS, v -> v.substring(0, v.length() / 3) + "\\\n"
                        + v.substring(v.length() / 3, 2 * v.length() / 3) + "\\\n" + v.substring(2 * v.length() / 3)),
                new Form(WRAPPED, v -> v.substring(0, v.length() / 3) + "\n  " + v.substring(v.length() / 3,
                        2 * v.length() / 3) + "\n  " + v.substring(2 * v.length() / 3)),
                new Form("a-python-list-of-bytes", v -> v.chars().mapToObj(Integer::toString)
                        .collect(Collectors.joining(", ", "[", "]"))),
                new Form("binary-codes", v -> v.chars().mapToObj(c -> String.format("%8s", Integer.toBinaryString(c))
                        .replace(' ', '0')).collect(Collectors.joining(" "))),
                new Form("base32", v -> BaseEncoding.base32().encode(v.getBytes(StandardCharsets.UTF_8))),
                new Form("base64-of-utf16le", v -> Base64.getEncoder().encodeToString(
                        v.getBytes(StandardCharsets.UTF_16LE))),
                new Form("0x-hex", v -> "0x" + HexFormat.of().formatHex(v.getBytes(StandardCharsets.UTF_8))),
                new Form("a-character-an-underscore", v -> spaced(v, 1, "_")),
                new Form("a-character-a-slash", v -> spaced(v, 1, "/")),
                new Form("each-character-quoted", v -> v.chars().mapToObj(c -> "'" + (char) c + "'")
                        .collect(Collectors.joining(", ", "[", "]"))),
                new Form("each-character-bracketed", v -> v.chars().mapToObj(c -> "[" + (char) c + "]")
                        .collect(Collectors.joining())),
                new Form("a-filler-letter-between", v -> spaced(v, 1, "q")),
                new Form("each-character-twice", v -> v.chars().mapToObj(c -> "" + (char) c + (char) c)
                        .collect(Collectors.joining())),
                new Form("python-chr-codes", v -> v.chars().mapToObj(c -> "chr(" + c + ")")
                        .collect(Collectors.joining("+"))),
                new Form("powershell-char-codes", v -> v.chars().mapToObj(c -> "[char]" + c)
                        .collect(Collectors.joining("+"))),
                new Form("phonetic-alphabet", SpelledSecretsTest::phonetic),
                new Form("a-character-a-numbered-line", v -> numberedLines(v, ". ")),
                new Form("a-character-a-numbered-line-in-parentheses", v -> numberedLines(v, ") ")),
                new Form("a-character-a-bulleted-line", v -> v.chars().mapToObj(c -> "- " + (char) c)
                        .collect(Collectors.joining("\n", "\n", "\n"))));
    }

    private static String numberedLines(String value, String mark) {
        StringBuilder lines = new StringBuilder("\n");
        for (int i = 0; i < value.length(); i++) {
            lines.append(i + 1).append(mark).append(value.charAt(i)).append('\n');
        }
        return lines.toString();
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (ObfuscatedValuesTest.Kind kind : ObfuscatedValuesTest.kinds()) {
            if (!kind.entityType().endsWith("_TOKEN") && !kind.entityType().endsWith("_KEY")
                    && !kind.entityType().endsWith("_KEY_ID")) {
                continue; // the providers' tokens; PII and JWTs are written in pieces their own ways
            }
            for (int seed = 0; seed < SEEDS; seed++) {
                String value = kind.draw().apply(new Random(kind.name().hashCode() * 31L + seed));
                for (Form form : forms()) {
                    cases.add(Arguments.of(kind.name(), form.name(), value, form.write().apply(value),
                            kind.entityType()));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} #{index}")
    @MethodSource("cases")
    void theWrittenTokenIsFoundAndNotForwarded(String kind, String form, String value, String written,
                                               String entityType) {
        ScanOutcome outcome = BuiltinPipeline.get().scan(CallInputs.noteWithText(BEFORE + written + AFTER));

        assertThat(outcome.findings()).extracting(Finding::entityType).as("%s %s", kind, form).contains(entityType);
        assertThat(outcome.decision()).isEqualTo(Decision.SANITIZE);
        String forwarded = outcome.sanitized().body().get("text").asText();
        assertThat(forwarded).as("%s %s", kind, form).startsWith(BEFORE).endsWith(AFTER);
        String visible = TextNormalizer.normalizedString(forwarded);
        for (int i = 0; i + 5 <= value.length(); i++) {
            assertThat(visible).as("%s %s: piece %d", kind, form, i).doesNotContain(value.substring(i, i + 5));
        }
    }

    /** A place in a call other than a JSON body's text, as the ways a written token can reach the gateway. */
    record Place(String name, UnaryOperator<String> put) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> placedCases() {
        List<Place> places = List.of(
                new Place("header value", w -> "H|" + w),
                new Place("query value", w -> "Q|" + w),
                new Place("form body value", w -> "F|" + w),
                new Place("JSON key", w -> "K|" + w),
                new Place("JSON in a string", w -> "J|" + w),
                new Place("base64 of prose", w -> "B|" + w));
        String token = GeneratedSecrets.githubToken(new Random(7));
        List<Arguments> cases = new ArrayList<>();
        for (Form form : forms()) {
            for (Place place : places) {
                if ((form.name().equals(LINE_CONTINUATIONS) || form.name().equals(WRAPPED))
                        && place.name().equals("header value")) {
                    continue; // a header holds no line break
                }
                cases.add(Arguments.of(form.name(), place, form.write().apply(token)));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("placedCases")
    void aWrittenTokenIsFoundInEveryPlaceOfACall(String form, Place place, String written) {
        ScanOutcome outcome = BuiltinPipeline.get().scan(placed(place.put().apply(written)));

        assertThat(outcome.findings()).extracting(Finding::entityType).as("%s in %s", form, place)
                .contains("GITHUB_TOKEN");
        assertThat(outcome.decision()).as("%s in %s", form, place).isNotEqualTo(Decision.ALLOW);
    }

    /** The call a place puts {@code written} in: {@code <place letter>|<written>}. */
    private static CallInput placed(String tagged) {
        String written = tagged.substring(2);
        String url = "https://notes.example-corp.com/v1/notes";
        String text = BEFORE + written + AFTER;
        return switch (tagged.charAt(0)) {
            case 'H' -> CallInputs.call("POST", url, Map.of("X-Note", text.replace('\n', ' ')), "{}");
            case 'Q' -> CallInputs.call("GET", url + "?q=" + URLEncoder.encode(text,
                    StandardCharsets.UTF_8) + "&b=2", Map.of(), null);
            case 'F' -> CallInputs.call("POST", url, Map.of("Content-Type",
                    "application/x-www-form-urlencoded"), JSON.valueToTree("a=1&note=" + URLEncoder.encode(
                    text, StandardCharsets.UTF_8)).toString());
            case 'K' -> CallInputs.call("POST", url, Map.of(),
                    JSON.createObjectNode().put(text, "x").toString());
            case 'J' -> CallInputs.call("POST", url, Map.of(),
                    JSON.createObjectNode().put("payload", JSON.createObjectNode().put("note", text).toString())
                            .toString());
            default -> CallInputs.call("POST", url, Map.of(), JSON.createObjectNode().put("blob",
                    Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)))
                    .toString());
        };
    }

    private static String spaced(String value, int chunk, String separator) {
        List<String> pieces = new ArrayList<>();
        for (int i = 0; i < value.length(); i += chunk) {
            pieces.add(value.substring(i, Math.min(value.length(), i + chunk)));
        }
        return String.join(separator, pieces);
    }

    private static final String[] PHONETIC = {"alfa", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel",
        "india", "juliett", "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango",
        "uniform", "victor", "whiskey", "xray", "yankee", "zulu"};
    private static final String[] DIGITS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine"};

    /**
     * Each character as its word of the phonetic alphabet ({@code capital} before a capital, so that the key is spelled
     * exactly), a digit word, or the name of a symbol.
     */
    private static String phonetic(String value) {
        List<String> words = new ArrayList<>();
        for (char c : value.toCharArray()) {
            char lower = Character.toLowerCase(c);
            if (c != lower) {
                words.add("capital");
            }
            words.add(lower >= 'a' && lower <= 'z' ? PHONETIC[lower - 'a'] : c >= '0' && c <= '9' ? DIGITS[c - '0']
                    : c == '_' ? "underscore" : c == '-' ? "dash" : c == '.' ? "dot" : String.valueOf(c));
        }
        return String.join(" ", words);
    }

    private static String shifted(String text, int shift) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= 'a' && c <= 'z' ? (char) ('a' + (c - 'a' + shift) % 26)
                    : c >= 'A' && c <= 'Z' ? (char) ('A' + (c - 'A' + shift) % 26) : c);
        }
        return out.toString();
    }

    private static String atbash(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= 'a' && c <= 'z' ? (char) ('z' - (c - 'a'))
                    : c >= 'A' && c <= 'Z' ? (char) ('Z' - (c - 'A')) : c);
        }
        return out.toString();
    }

    private static String rot13(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= 'a' && c <= 'z' ? (char) ('a' + (c - 'a' + 13) % 26)
                    : c >= 'A' && c <= 'Z' ? (char) ('A' + (c - 'A' + 13) % 26) : c);
        }
        return out.toString();
    }
}
