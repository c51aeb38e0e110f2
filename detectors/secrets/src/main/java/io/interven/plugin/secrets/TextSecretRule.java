package io.interven.plugin.secrets;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule that finds secrets in free text, gated by keywords: the scanner runs the rule only when one of
 * {@link #keywords()} occurs in the text (case-insensitively), and only within {@link #maxLength()} characters
 * either side of each occurrence. Implementations are immutable and thread-safe.
 */
interface TextSecretRule {

    String id();

    /** Lower-case literals; at least one. Every match of the rule contains one of them. */
    List<String> keywords();

    /**
     * The longest text one match can span, keyword and context included. A match that contains a keyword hit lies
     * within this many characters either side of it, so the rule need not look further.
     */
    int maxLength();

    /**
     * Every secret of this rule whose match lies within {@code [from, to)} of {@code text}, with spans relative to
     * {@code text}. Look-arounds see the characters outside the region.
     */
    List<SecretMatch> findIn(String text, int from, int to);

    /** Every secret of this rule in the whole of {@code text}. */
    default List<SecretMatch> findIn(String text) {
        return findIn(text, 0, text.length());
    }

    /** A matcher of {@code pattern} over {@code [from, to)} of {@code text} whose look-arounds see the rest of it. */
    static Matcher matcherWithin(Pattern pattern, String text, int from, int to) {
        return pattern.matcher(text).region(from, to).useTransparentBounds(true).useAnchoringBounds(false);
    }
}
