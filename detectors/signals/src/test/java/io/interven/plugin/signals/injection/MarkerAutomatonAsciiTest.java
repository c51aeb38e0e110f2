package io.interven.plugin.signals.injection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * An all-ASCII text is read through the ASCII word trie; the markers found must be those found word by word, on
 * random texts made of the built-in markers' words, fillers, other words and separators in every case.
 */
class MarkerAutomatonAsciiTest {

    @Test
    void findsTheMarkersThatReadingWordByWordFinds() {
        MarkerFileParser.MarkerFile file = MarkerFileParser.parse(PromptInjectionSignal.MARKERS_RESOURCE,
                PromptInjectionSignal.builtInMarkerText());
        MarkerAutomaton automaton = new MarkerAutomaton(file.markers(), file.fillers());
        List<String> words = new ArrayList<>(file.fillers());
        file.markers().forEach(marker -> marker.sequences().forEach(words::addAll));
        // whole sequences too, so that markers do occur
        file.markers().forEach(marker -> marker.sequences().forEach(seq -> words.add(String.join(" ", seq))));
        words.removeIf(word -> !InjectionWords.isAscii(word));
        words.addAll(List.of("hello", "instruction", "previou", "ignoreall", "x", "42", "dan2"));
        String[] separators = {" ", "  ", ", ", "...", "--", "\n", "_", "'", "\t"};
        Random random = new Random(21);
        int withMarkers = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int count = 1 + random.nextInt(12);
            for (int i = 0; i < count; i++) {
                String word = words.get(random.nextInt(words.size()));
                text.append(random.nextInt(5) == 0 ? word.toUpperCase(java.util.Locale.ROOT) : word);
                text.append(separators[random.nextInt(separators.length)]);
            }
            String t = random.nextBoolean() ? text.toString().strip() : text.toString();
            assertThat(automaton.findAscii(t)).as(t).isEqualTo(automaton.findByWords(t));
            if (!automaton.findByWords(t).isEmpty()) {
                withMarkers++;
            }
        }
        assertThat(withMarkers).isGreaterThan(200);
    }
}
