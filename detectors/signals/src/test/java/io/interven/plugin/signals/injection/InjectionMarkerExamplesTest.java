package io.interven.plugin.signals.injection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example of injection-markers.yaml: each match example finds its marker, each no_match finds none. */
class InjectionMarkerExamplesTest {
    private static final MarkerFileParser.MarkerFile FILE = MarkerFileParser.parse("injection-markers.yaml",
            PromptInjectionSignal.builtInMarkerText());
    private static final MarkerAutomaton AUTOMATON = new MarkerAutomaton(FILE.markers(), FILE.fillers());

    static Stream<Arguments> matches() {
        List<Arguments> cases = new ArrayList<>();
        for (InjectionMarker marker : FILE.markers()) {
            marker.matches().forEach(text -> cases.add(Arguments.of(marker.id(), text)));
        }
        return cases.stream();
    }

    static Stream<Arguments> noMatches() {
        List<Arguments> cases = new ArrayList<>();
        for (InjectionMarker marker : FILE.markers()) {
            marker.noMatches().forEach(text -> cases.add(Arguments.of(marker.id(), text)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("matches")
    void everyMatchExampleIsFound(String markerId, String text) {
        assertThat(idsFoundIn(text)).contains(markerId);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("noMatches")
    void noNoMatchExampleIsFound(String markerId, String text) {
        assertThat(idsFoundIn(text)).isEmpty();
    }

    @Test
    void everyRequiredLanguageHasMarkersAndEveryMarkerHasExamples() {
        Set<String> languages = new TreeSet<>();
        for (InjectionMarker marker : FILE.markers()) {
            languages.add(marker.language());
            assertThat(marker.matches()).as(marker.id()).isNotEmpty();
        }
        assertThat(languages).contains("en", "es", "fr", "de", "pt", "it", "zh", "ja", "ru");
    }

    static Set<String> idsFoundIn(String text) {
        Set<String> ids = new TreeSet<>();
        for (int index : MarkerAutomaton.indexes(AUTOMATON.find(text))) {
            ids.add(AUTOMATON.marker(index).id());
        }
        return ids;
    }
}
