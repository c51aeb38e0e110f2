package io.interven.gateway.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.interven.gateway.core.fields.JoinedValues;
import io.interven.gateway.policy.Decision;
import io.interven.gateway.testing.BuiltinPipeline;
import io.interven.spi.DataClasses;
import io.interven.spi.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A key cut into pieces across the values of one JSON array or object, or across the texts of a body (in prose, in two
 * objects, in names, cut by a space), is found on each piece and redacted there, through the real pipeline and
 * plugins; pieces that only join into a generic secret, or into nothing, are not reported, and a value whole in one
 * piece is reported once.
 */
class JoinedValuesTest {
    private static final String URL = "https://api.example-corp.com/v1/notes";
    private static final String TOKEN = GeneratedSecrets.githubToken(new Random(5));
    private static final String AWS_KEY_ID = "AKIAZ7QW3RT5YU2IOP4K";
    private static final String CARD = "4539148803436467";

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 5, 40})
    void aTokenCutAcrossTheElementsOfAnArrayIsFoundOnEachAndRedacted(int pieces) {
        List<String> parts = cut(TOKEN, pieces);
        ArrayNode array = CallInputs.JSON.createArrayNode();
        parts.forEach(array::add);
        ObjectNode body = CallInputs.JSON.createObjectNode().put("channel", "C1");
        body.set("parts", array);

        ScanOutcome outcome = scan(body);

        assertThat(outcome.findings()).extracting(Finding::entityType).containsOnly("GITHUB_TOKEN");
        assertThat(outcome.findings()).extracting(Finding::path).containsExactlyInAnyOrderElementsOf(
                indexes("$.parts", parts.size()));
        assertThat(outcome.decision()).isEqualTo(Decision.SANITIZE);
        assertNoPieceOf(TOKEN, outcome.sanitized().body().get("parts").toString());
        assertThat(outcome.sanitized().body().get("channel").asText()).isEqualTo("C1");
    }

    @Test
    void keysCutAcrossTheMembersOfAnObjectAreFound() {
        ObjectNode body = CallInputs.JSON.createObjectNode().put("channel", "C0123ABC")
                .put("a", TOKEN.substring(0, 20))
                .put("note", "see the two halves").put("b", TOKEN.substring(20));
        body.putObject("aws").put("first", AWS_KEY_ID.substring(0, 8)).put("second", AWS_KEY_ID.substring(8));

        ScanOutcome outcome = scan(body);

        assertThat(outcome.findings()).extracting(Finding::path, Finding::entityType).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("$.a", "GITHUB_TOKEN"),
                org.assertj.core.groups.Tuple.tuple("$.b", "GITHUB_TOKEN"),
                org.assertj.core.groups.Tuple.tuple("$.aws.first", "AWS_ACCESS_KEY_ID"),
                org.assertj.core.groups.Tuple.tuple("$.aws.second", "AWS_ACCESS_KEY_ID"));
        String forwarded = outcome.sanitized().body().toString();
        assertNoPieceOf(TOKEN, forwarded);
        assertThat(forwarded).doesNotContain(AWS_KEY_ID.substring(0, 8)).doesNotContain(AWS_KEY_ID.substring(8));
    }

    @Test
    void aCardNumberOneGroupAValueIsFound() {
        ArrayNode groups = CallInputs.JSON.createArrayNode();
        cut(CARD, 4).forEach(groups::add);
        ObjectNode body = CallInputs.JSON.createObjectNode();
        body.set("card", groups);

        assertThat(scan(body).findings()).extracting(Finding::entityType).containsOnly("CREDIT_CARD").hasSize(4);
    }

    @Test
    void aTokenAsAJsonListOfCharactersInAStringIsFound() {
        ArrayNode chars = CallInputs.JSON.createArrayNode();
        TOKEN.chars().forEach(c -> chars.add(String.valueOf((char) c)));
        ObjectNode body = CallInputs.JSON.createObjectNode().put("channel", "C1").put("text", chars.toString());

        ScanOutcome outcome = scan(body);

        assertThat(outcome.findings()).extracting(Finding::entityType).containsOnly("GITHUB_TOKEN");
        assertThat(outcome.decision()).isEqualTo(Decision.SANITIZE);
        String forwarded = outcome.sanitized().body().get("text").asText().replaceAll("[^A-Za-z0-9_]", "");
        assertNoPieceOf(TOKEN, forwarded.replace("REDACTEDGITHUB_TOKEN", ""));
    }

    @Test
    void aTokenCutAtTheEndOfALongArrayAndAcrossAWindowIsFound() {
        Random random = new Random(3);
        for (int at : new int[] {10, 60, 61, 62, 63, 64, 65, 140}) {
            ArrayNode array = CallInputs.JSON.createArrayNode();
            for (int i = 0; i < 150; i++) {
                if (i == at) {
                    cut(TOKEN, 4).forEach(array::add);
                } else {
                    array.add("id" + GeneratedSecrets.chars(random, "abcdef0123456789", 14));
                }
            }
            ObjectNode body = CallInputs.JSON.createObjectNode();
            body.set("ids", array);

            assertThat(scan(body).findings()).as("at %d", at).extracting(Finding::entityType)
                    .containsOnly("GITHUB_TOKEN").hasSize(4);
        }
    }

    @Test
    void aTokenWholeInOneValueIsReportedOnce() {
        ObjectNode body = CallInputs.JSON.createObjectNode().put("a", "abc").put("token", TOKEN).put("b", "def");

        assertThat(scan(body).findings()).extracting(Finding::path).containsExactly("$.token");
    }

    /** A key whose pattern has no end of its own (Stripe's) is not run on into the value after it. */
    @Test
    void aKeyWholeInOneValueIsNotRunOnIntoTheNext() {
        String stripe = "sk_live_" + GeneratedSecrets.chars(new Random(4), GeneratedSecrets.ALNUM, 32);
        ObjectNode body = CallInputs.JSON.createObjectNode().put("stripeKey", stripe).put("x_request_id", "abc");
        String form = "stripeKey=" + stripe + "&x_request_id=abc";

        assertThat(scan(body).findings()).extracting(Finding::path).containsExactly("$.stripeKey");
        assertThat(BuiltinPipeline.get().scan(CallInputs.call("POST", URL,
                Map.of("Content-Type", "application/x-www-form-urlencoded"),
                CallInputs.JSON.getNodeFactory().textNode(form).toString())).findings())
                .extracting(Finding::path).containsExactly("$|form.stripeKey");
    }

    @Test
    void shortValuesThatJoinIntoNoKeyAreNotReported() {
        Random random = new Random(9);
        for (int round = 0; round < 200; round++) {
            ArrayNode ids = CallInputs.JSON.createArrayNode();
            ObjectNode body = CallInputs.JSON.createObjectNode().put("token", "x").put("secret", "y")
                    .put("password", GeneratedSecrets.chars(random, GeneratedSecrets.ALNUM, 6));
            for (int i = 0; i < 1 + random.nextInt(12); i++) {
                ids.add(GeneratedSecrets.chars(random, GeneratedSecrets.ALNUM + "-_", 1 + random.nextInt(24)));
            }
            body.set("keys", ids);
            body.putArray("words").add("deploy").add("the").add("service").add("now");
            body.putArray("uuids").add("0b9d6f4e-2c1a-4f8e-9a7b-3c5d7e9f1a2b")
                    .add("7f3e2d1c-0b9a-4876-8543-21fedcba9876");

            assertThat(scan(body).findings()).as(body.toString())
                    .noneMatch(f -> f.path().contains(JoinedValues.SUFFIX))
                    .allMatch(f -> f.path().equals("$.password") || !f.entityType().equals("GENERIC_SECRET"));
        }
    }

    /**
     * Every format whose value is one word (not a URL), cut where an agent would cut it: after its prefix, at a third,
     * half and two thirds. A cut with a piece that is found alone is left out: that piece is found as written (a pattern
     * without an end, as OpenAI's, takes half a long key; a GitHub token's body is found by its checksum without its
     * prefix), see {@link #aPieceThatIsFoundAloneIsFoundAsWrittenAndTheOtherIsNotJoinedToIt}.
     */
    static Stream<Arguments> keysCutInTwo() {
        Random random = new Random(11);
        List<Arguments> cases = new ArrayList<>();
        for (GeneratedSecrets.Format format : GeneratedSecrets.formats()) {
            String value = format.draw().apply(random);
            if (value.contains(":")) {
                continue;
            }
            int prefix = Math.max(value.indexOf('_'), value.indexOf('-')) + 1;
            for (int cut : new int[] {prefix > 2 && prefix < 14 ? prefix : 4, value.length() / 3, value.length() / 2,
                    2 * value.length() / 3}) {
                String first = value.substring(0, cut);
                String second = value.substring(cut);
                if (isNothingAlone(first) && isNothingAlone(second)) {
                    cases.add(Arguments.of(format.name(), first, second));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1} | {2}")
    @MethodSource("keysCutInTwo")
    void aKeyCutAcrossTwoProseTextsIsFoundOnEachAndTheWordsAroundStay(String format, String first, String second) {
        ObjectNode body = CallInputs.JSON.createObjectNode().put("channel", "C0123ABC")
                .put("first", "part one: " + first).put("second", second + " is the rest, thanks");

        ScanOutcome outcome = scan(body);

        assertThat(outcome.findings()).as(format).filteredOn(f -> DataClasses.SECRETS.equals(f.dataClass()))
                .extracting(Finding::path).contains("$.first", "$.second");
        assertThat(outcome.decision()).isEqualTo(Decision.SANITIZE);
        JsonNode forwarded = outcome.sanitized().body();
        assertThat(forwarded.get("first").asText()).startsWith("part one: ").doesNotContain(first);
        assertThat(forwarded.get("second").asText()).endsWith(" is the rest, thanks").doesNotContain(second);
    }

    /** Slack's blocks: each half in the text of its own section, two objects of a list. */
    @ParameterizedTest(name = "{0}: {1} | {2}")
    @MethodSource("keysCutInTwo")
    void aKeyCutAcrossTheTextsOfTwoObjectsIsFound(String format, String first, String second) {
        ObjectNode body = CallInputs.JSON.createObjectNode().put("channel", "C0123ABC");
        ArrayNode blocks = body.putArray("blocks");
        blocks.addObject().put("type", "section").putObject("text").put("type", "mrkdwn")
                .put("text", "Deploy notes, step 4 of 9. The first half is `" + first + "`");
        blocks.addObject().put("type", "divider");
        blocks.addObject().put("type", "section").putObject("text").put("type", "mrkdwn")
                .put("text", "and the second half: " + second + ". Join them.");

        ScanOutcome outcome = scan(body);

        assertThat(outcome.findings()).as(format).filteredOn(f -> DataClasses.SECRETS.equals(f.dataClass()))
                .extracting(Finding::path).contains("$.blocks[0].text.text", "$.blocks[2].text.text");
        String forwarded = outcome.sanitized().body().toString();
        assertThat(forwarded).doesNotContain(first).doesNotContain(second).contains("The first half is");
    }

    /**
     * When a piece is found alone, the other is not joined to it. A known limit, kept on purpose, where the first piece
     * is a key of its own: patterns without an end run on from a whole key into the next word as readily as into the
     * rest of a cut one, and reporting that word would redact words after keys in ordinary messages (twelve calls of
     * the dev corpus). Where the second is a GitHub token's body, found by its checksum, only its prefix stays.
     */
    @Test
    void aPieceThatIsFoundAloneIsFoundAsWrittenAndTheOtherIsNotJoinedToIt() {
        String openAi = "sk-proj-" + GeneratedSecrets.chars(new Random(14), GeneratedSecrets.ALNUM, 48);
        ObjectNode body = CallInputs.JSON.createObjectNode().put("first", "part one: " + openAi.substring(0, 34))
                .put("second", openAi.substring(34) + " is the rest").put("third", "and: ghp_")
                .put("fourth", TOKEN.substring(4) + " too");

        ScanOutcome outcome = scan(body);

        assertThat(outcome.findings()).extracting(Finding::path, Finding::entityType).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("$.first", "OPENAI_API_KEY"),
                org.assertj.core.groups.Tuple.tuple("$.fourth", "GITHUB_TOKEN"));
        assertThat(outcome.sanitized().body().get("fourth").asText()).doesNotContain(TOKEN.substring(4, 12));
    }

    /** A key in three or four parts, a part in each of texts in a row, with blocks of other kinds between them. */
    @ParameterizedTest
    @ValueSource(ints = {3, 4})
    void aKeyInPartsAcrossThreeOrFourTextsIsFound(int parts) {
        List<String> pieces = cut(TOKEN, parts);
        ObjectNode body = CallInputs.JSON.createObjectNode().put("channel", "C0123ABC");
        ArrayNode blocks = body.putArray("blocks");
        for (int k = 0; k < parts; k++) {
            blocks.addObject().put("type", "section").putObject("text").put("type", "mrkdwn")
                    .put("text", "part " + (k + 1) + "/" + parts + ": " + pieces.get(k));
            blocks.addObject().put("type", "divider");
        }

        ScanOutcome outcome = scan(body);

        assertThat(outcome.findings()).extracting(Finding::entityType).containsOnly("GITHUB_TOKEN").hasSize(parts);
        String forwarded = outcome.sanitized().body().toString();
        pieces.forEach(piece -> assertThat(forwarded).doesNotContain(piece));
        assertThat(forwarded).contains("part 1/" + parts + ": ");
    }

    /** A key cut between a header or the query and the body. */
    @Test
    void aKeyCutBetweenAHeaderOrTheQueryAndTheBodyIsFound() {
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("X-Note", "part one: " + TOKEN.substring(0, 18));
        ObjectNode body = CallInputs.JSON.createObjectNode().put("text", TOKEN.substring(18) + " is the rest");
        ScanOutcome inHeader = BuiltinPipeline.get().scan(CallInputs.call("POST", URL, headers, body.toString()));
        ScanOutcome inQuery = BuiltinPipeline.get().scan(CallInputs.call("POST", URL + "?ref=" + TOKEN.substring(0, 18)
                + "&utm_source=newsletter", Map.of("Content-Type", "application/json"), body.toString()));

        assertThat(inHeader.findings()).extracting(Finding::path, Finding::entityType).contains(
                org.assertj.core.groups.Tuple.tuple("headers.X-Note", "GITHUB_TOKEN"),
                org.assertj.core.groups.Tuple.tuple("$.text", "GITHUB_TOKEN"));
        assertThat(inQuery.findings()).extracting(Finding::entityType).contains("GITHUB_TOKEN");
        assertThat(inQuery.findings()).extracting(Finding::path).contains("$.text");
    }

    @Test
    void keysCutBySpacesInOneTextAreFound() {
        Random random = new Random(12);
        String stripe = "sk_live_" + GeneratedSecrets.chars(random, GeneratedSecrets.ALNUM, 32);
        ObjectNode body = CallInputs.JSON.createObjectNode()
                .put("text", "keys: " + AWS_KEY_ID.substring(0, 8) + " " + AWS_KEY_ID.substring(8) + " and "
                        + stripe.substring(0, 8) + " " + stripe.substring(8, 20) + "  " + stripe.substring(20));

        ScanOutcome outcome = scan(body);

        assertThat(outcome.findings()).extracting(Finding::entityType).contains("AWS_ACCESS_KEY_ID", "STRIPE_KEY");
        String forwarded = outcome.sanitized().body().toString();
        assertThat(forwarded).doesNotContain(AWS_KEY_ID.substring(8)).doesNotContain(stripe.substring(8, 20))
                .contains("keys: ");
    }

    /**
     * Texts full of words written as keys are (identifiers, hashes, versions, ids, base64, prefixes cut from nothing)
     * join into no key: nothing of a provider's is reported where nothing was planted.
     */
    @Test
    void keyLikeWordsThatJoinIntoNoKeyAreNotReported() {
        Random random = new Random(13);
        String[] shapes = {"sha256:", "v", "build-", "id_", "req-", "sk_", "xoxb-", "ghp_", "AKIA", "npm_", "SG."};
        for (int round = 0; round < 300; round++) {
            ObjectNode body = CallInputs.JSON.createObjectNode().put("channel", "C0123ABC");
            ArrayNode blocks = body.putArray("blocks");
            for (int b = 0; b < 1 + random.nextInt(5); b++) {
                StringBuilder text = new StringBuilder("Release notes:");
                for (int w = 0; w < 2 + random.nextInt(8); w++) {
                    text.append(' ').append(switch (random.nextInt(6)) {
                        case 0 -> GeneratedSecrets.chars(random, GeneratedSecrets.HEX, 7 + random.nextInt(34));
                        case 1 -> "getUser" + GeneratedSecrets.chars(random, GeneratedSecrets.UPPER, 1) + "ById"
                                + random.nextInt(100);
                        case 2 -> "v" + random.nextInt(20) + "." + random.nextInt(20) + "." + random.nextInt(99);
                        case 3 -> GeneratedSecrets.chars(random, GeneratedSecrets.ALNUM + "+/", 4 + random.nextInt(30));
                        case 4 -> shapes[random.nextInt(shapes.length)];
                        default -> GeneratedSecrets.chars(random, GeneratedSecrets.LOWER, 3 + random.nextInt(8));
                    });
                }
                blocks.addObject().put("type", "section").putObject("text").put("text", text.toString());
            }

            assertThat(scan(body).findings()).as(body.toString())
                    .noneMatch(f -> DataClasses.SECRETS.equals(f.dataClass())
                            && !Set.of("GENERIC_SECRET", "PASSWORD").contains(f.entityType()));
        }
    }

    private static boolean isNothingAlone(String piece) {
        return scan(CallInputs.JSON.createObjectNode().put("text", "see " + piece)).findings().isEmpty();
    }

    private static ScanOutcome scan(JsonNode body) {
        return BuiltinPipeline.get().scan(CallInputs.call("POST", URL, Map.of("Content-Type", "application/json"),
                body.toString()));
    }

    private static List<String> cut(String value, int pieces) {
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < pieces; k++) {
            parts.add(value.substring(k * value.length() / pieces, (k + 1) * value.length() / pieces));
        }
        return parts;
    }

    private static List<String> indexes(String array, int count) {
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            paths.add(array + "[" + i + "]");
        }
        return paths;
    }

    private static void assertNoPieceOf(String value, String forwarded) {
        for (int i = 0; i + 5 <= value.length(); i++) {
            assertThat(forwarded).as("piece %d", i).doesNotContain(value.substring(i, i + 5));
        }
    }
}
