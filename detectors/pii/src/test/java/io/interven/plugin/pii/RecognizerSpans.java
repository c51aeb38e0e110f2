package io.interven.plugin.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/** The spans a {@link PatternRecognizer} finds at its candidate starts, and those its plain expression finds. */
final class RecognizerSpans {
    private RecognizerSpans() {
    }

    /** What the recognizer finds trying its expression only where a match can start ({@link CandidateStarts}). */
    static List<String> gated(PatternRecognizer recognizer, String text) {
        List<String> spans = new ArrayList<>();
        Matcher m = recognizer.matcher(text);
        int from = 0;
        while (recognizer.nextMatch(m, text, from)) {
            spans.add(m.start() + "-" + m.end());
            from = Math.max(m.end(), m.start() + 1);
        }
        return spans;
    }

    /** What the recognizer's expression finds searched over the whole text. */
    static List<String> searched(PatternRecognizer recognizer, String text) {
        List<String> spans = new ArrayList<>();
        Matcher m = recognizer.candidate().matcher(text);
        while (m.find()) {
            spans.add(m.start() + "-" + m.end());
        }
        return spans;
    }
}
