package io.interven.plugin.pii;

import io.interven.spi.DataClasses;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A recognizer that is a pattern for candidates plus a check of each candidate (Presidio's
 * {@code PatternRecognizer}: regex, context words and a {@code validate} hook). Subclasses say which fields are
 * worth matching at all and how confident a candidate is; zero rejects it.
 *
 * <p>The pattern is tried only at the positions its {@link CandidateStarts} allow, anchored there with the text
 * around it visible to its look-arounds; the matches are those of {@code candidate.matcher(text).find()} in a loop,
 * which would try the whole pattern at every position of the text.
 */
abstract class PatternRecognizer implements PiiRecognizer {
    /** Returned by {@link #confidence} for a candidate the validators reject. */
    static final double REJECTED = 0.0;

    private final String entityType;
    private final Pattern candidate;
    private final CandidateStarts starts;

    PatternRecognizer(String entityType, Pattern candidate, CandidateStarts starts) {
        this.entityType = entityType;
        this.candidate = candidate;
        this.starts = starts;
    }

    @Override
    public final List<Finding> recognize(ScanField field) {
        if (!isWorthMatching(field)) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        String text = field.text();
        Matcher m = matcher(text);
        int from = 0;
        while (nextMatch(m, text, from)) {
            double confidence = confidence(field, m);
            if (confidence > REJECTED) {
                findings.add(field.finding(entityType, DataClasses.PII, m.start(), m.end(), confidence, id()));
            }
            from = Math.max(m.end(), m.start() + 1);
        }
        return findings;
    }

    /** The pattern for candidates. */
    final Pattern candidate() {
        return candidate;
    }

    /** A matcher of the candidate pattern whose look-arounds see the whole text whatever its region. */
    final Matcher matcher(String text) {
        return candidate.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /**
     * Moves {@code m} to the first match starting at or after {@code from}, trying the pattern at the candidate
     * starts only; false when there is none.
     */
    final boolean nextMatch(Matcher m, String text, int from) {
        return CandidateStarts.nextMatch(m, text, starts, from);
    }

    /** A cheap look at the field before the pattern runs; every field by default. */
    boolean isWorthMatching(ScanField field) {
        return true;
    }

    /** How confident the candidate {@code match} in {@code field} is, or {@link #REJECTED}. */
    abstract double confidence(ScanField field, Matcher match);
}
