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
 */
abstract class PatternRecognizer implements PiiRecognizer {
    /** Returned by {@link #confidence} for a candidate the validators reject. */
    static final double REJECTED = 0.0;

    private final String entityType;
    private final Pattern candidate;

    PatternRecognizer(String entityType, Pattern candidate) {
        this.entityType = entityType;
        this.candidate = candidate;
    }

    @Override
    public final List<Finding> recognize(ScanField field) {
        if (!isWorthMatching(field)) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        Matcher m = candidate.matcher(field.text());
        while (m.find()) {
            double confidence = confidence(field, m);
            if (confidence > REJECTED) {
                findings.add(field.finding(entityType, DataClasses.PII, m.start(), m.end(), confidence, id()));
            }
        }
        return findings;
    }

    /** A cheap look at the field before the pattern runs; every field by default. */
    boolean isWorthMatching(ScanField field) {
        return true;
    }

    /** How confident the candidate {@code match} in {@code field} is, or {@link #REJECTED}. */
    abstract double confidence(ScanField field, Matcher match);
}
