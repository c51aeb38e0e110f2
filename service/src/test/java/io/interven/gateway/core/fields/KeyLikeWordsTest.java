package io.interven.gateway.core.fields;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which words may be a piece of a key cut apart, and which of them are paired as a key's two halves. */
class KeyLikeWordsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"ghp_R8bY2kqN5tLw", "3RT5YU2IOP4K", "kqNtLwxZmCvFhJ", "sk_live_", "xoxb-", "hf_",
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIi", "a+b/cdEF=="})
    void wordsWrittenAsKeysAreCounted(String word) {
        assertThat(words("the key is " + word + " and 42")).containsExactly(word);
    }

    @ParameterizedTest
    @ValueSource(strings = {"deploy", "Service", "well-known", "2024", "12345678", "v1", "abc", "ghp", "x_y"})
    void wordsOfProseAndNumbersAreNot(String word) {
        assertThat(words("the key is " + word + " and 42")).isEmpty();
    }

    @Test
    void theLastWordOfATextOfSeveralWordsCountsWhateverItIs() {
        assertThat(words("part one: AKIA")).containsExactly("AKIA");
        assertThat(words("part one: AKIA.")).containsExactly("AKIA");
        assertThat(words("AKIA")).isEmpty(); // a value of one word: a join of short values reads it
        assertThat(words("thanks, see you")).containsExactly("you");
    }

    @Test
    void dotsAtTheEndsOfAWordAreLeftOut() {
        assertThat(words("it ends with 3RT5YU2IOP4K. 42")).containsExactly("3RT5YU2IOP4K");
        assertThat(words("...3RT5YU2IOP4K...")).containsExactly("3RT5YU2IOP4K");
    }

    @Test
    void theLastWordOfATextPairsWithTheFirstOfTheNextTextThatHasOne() {
        List<String> pairs = pairs("{\"a\": \"part one: ghp_R8bY2kqN5tLw\", \"b\": \"nothing here\","
                + " \"c\": {\"text\": \"3xZ9mC4vF7hJ1sD6gA2IHz84 is part two, and v2release3 more\"}}");

        // "here" ends a text between the halves: it may start a key, and does not hide the word before it; words of
        // one text are paired only a space apart
        assertThat(pairs).containsExactlyInAnyOrder("ghp_R8bY2kqN5tLw|3xZ9mC4vF7hJ1sD6gA2IHz84",
                "here|3xZ9mC4vF7hJ1sD6gA2IHz84");
    }

    @Test
    void wordsASpaceApartPairWhenBothAreCompactAndNotHex() {
        assertThat(pairs("{\"t\": \"keys AKIAZ7QW 3RT5YU2IOP4K then\"}")).containsExactly("AKIAZ7QW|3RT5YU2IOP4K");
        assertThat(pairs("{\"t\": \"commit 4f2a9c1d 7be03a55 merged\"}")).isEmpty(); // hashes
        assertThat(pairs("{\"t\": \"GET /api/v1/users HTTP/1.1 ok\"}")).isEmpty(); // paths
        assertThat(pairs("{\"t\": \"AKIAZ7QW, 3RT5YU2IOP4K\"}")).isEmpty(); // not a space alone between them
    }

    @Test
    void namesAndWhatADecodingHoldsAreNotPaired() {
        assertThat(pairs("{\"ghp_R8bY2kqN5tLw\": \"x\", \"3xZ9mC4vF7hJ1sD6gA2IHz84\": \"y\"}")).isEmpty();
        // a base64 run in the first text decodes to JSON holding a key-like word; it does not stand between the halves
        String encoded = java.util.Base64.getEncoder().encodeToString("{\"sub\":\"dC3zcp6FQUswh\"}".getBytes());
        assertThat(pairs("{\"a\": \"see " + encoded + " part one: ghp_R8bY2kqN5tLw\", \"b\": \"3xZ9mC4vF7hJ1sD6gA2IHz84"
                + " two\"}")).contains("ghp_R8bY2kqN5tLw|3xZ9mC4vF7hJ1sD6gA2IHz84");
    }

    private static List<String> words(String text) {
        int[] spans = KeyLikeWords.in(text);
        List<String> words = new ArrayList<>();
        for (int k = 0; k < spans.length; k += KeyLikeWords.STRIDE) {
            words.add(text.substring(spans[k], spans[k + 1]));
        }
        return words;
    }

    private static List<String> pairs(String body) {
        try {
            CallSlots slots = CallSlots.of("https://api.example.com/v1", Map.of("Content-Type", "application/json"),
                    JSON.readTree(body));
            List<String> pairs = new ArrayList<>();
            for (List<JoinPiece> pair : KeyLikeWordPairs.of(slots.body())) {
                StringBuilder glued = new StringBuilder();
                pair.forEach(piece -> glued.append(glued.length() == 0 ? "" : "|")
                        .append(piece.slot().text(), piece.from(), piece.to()));
                pairs.add(glued.toString());
            }
            return pairs;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
