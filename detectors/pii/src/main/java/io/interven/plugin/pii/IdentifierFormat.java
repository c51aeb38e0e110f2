package io.interven.plugin.pii;

import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How one kind of identifier is written and checked: its entity type and rule id, the pattern of a candidate, the
 * characters a candidate may start with, what a field needs at least to hold one, the check of a candidate and the
 * context words that vouch for it. {@link IdentifierRecognizer} runs it.
 *
 * @param confidence the confidence of a candidate the check finds valid on its own, without a context word
 * @param shape what the text at a candidate's start must look like ({@link IdentifierScanner})
 * @param gated every candidate needs a context word (the check never says {@code VALID}): a field whose key and
 *     text hold none of the words is skipped after one look for them ({@link IdentifierContext#mayBeIn})
 */
record IdentifierFormat(String entityType, String ruleId, Pattern candidate, FirstChar firstChar,
        Predicate<TextProfile> mayMatch, IdentifierContext context, Check check, double confidence, Shape shape,
        boolean gated) {

    /**
     * Not glued to a word, number, path or dotted number before it, nor a third group of a longer digit chain
     * ({@code 4111 1111 1111 1111} holds no 12-digit identifier).
     */
    static final String BEFORE = "(?<![A-Za-z0-9_.\\-/+@$\\\\])(?<![0-9][ \\-])";
    /** Not running on into a word, a longer number, a dotted or dashed number, or the next group of a chain. */
    static final String AFTER = "(?![A-Za-z0-9_@]|[.\\-/: ][0-9])";

    IdentifierFormat(String entityType, String ruleId, Pattern candidate, FirstChar firstChar,
            Predicate<TextProfile> mayMatch, IdentifierContext context, Check check, double confidence) {
        this(entityType, ruleId, candidate, firstChar, mayMatch, context, check, confidence, Shape.ANY, false);
    }

    /** This format, its candidates having {@code shape}. */
    IdentifierFormat fitting(Shape shape) {
        return new IdentifierFormat(entityType, ruleId, candidate, firstChar, mayMatch, context, check, confidence,
                shape, gated);
    }

    /**
     * This format, whose candidates are only ever reported with a context word: fields without one anywhere are not
     * searched. Only for a check that never answers {@code VALID}.
     */
    IdentifierFormat gatedByContext() {
        return new IdentifierFormat(entityType, ruleId, candidate, firstChar, mayMatch, context, check, confidence,
                shape, true);
    }

    IdentifierFormat {
        if (confidence >= IdentifierRecognizer.CONFIDENCE_NEEDING_CONTEXT) {
            throw new IllegalArgumentException("a candidate without a context word must stay below "
                    + IdentifierRecognizer.CONFIDENCE_NEEDING_CONTEXT + ": " + ruleId);
        }
    }

    /** What the check says of a candidate. */
    enum Verdict {
        /** Not this identifier. */
        REJECTED,
        /** Valid, but too common a shape to stand alone: reported only with a context word. */
        NEEDS_CONTEXT,
        /** Valid and distinctive: reported with or without a context word. */
        VALID
    }

    /** The check of one candidate. */
    @FunctionalInterface
    interface Check {
        Verdict judge(Matcher candidate);
    }

    /** The first characters a candidate may have. */
    @FunctionalInterface
    interface FirstChar {
        boolean allows(char c);

        FirstChar DIGIT = c -> c >= '0' && c <= '9';
        FirstChar UPPER = c -> c >= 'A' && c <= 'Z';
        FirstChar UPPER_OR_DIGIT = c -> c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /**
     * What a candidate's start must look like, from two cheap counts at a token start ({@link IdentifierScanner}):
     * the digits of the digit chain starting there (digits with single {@code space . - / :} between them: exactly
     * the digits of an all-digit candidate, since {@link #AFTER} forbids the chain going on), and the length of the
     * run of ASCII letters and digits starting there (and, for a shape that asks, how many of the run's characters
     * are digits). A necessary condition only, never a judgement.
     */
    @FunctionalInterface
    interface Shape {
        boolean fits(int chainDigits, int alphanumericRun);

        /** With the count of digits among the run's characters too; by default that count is not looked at. */
        default boolean fits(int chainDigits, int alphanumericRun, int runDigits) {
            return fits(chainDigits, alphanumericRun);
        }

        /** Whether {@link #fits(int, int, int)} reads the run's digits (otherwise it answers as the two-count form). */
        default boolean readsRunDigits() {
            return false;
        }

        Shape ANY = (digits, run) -> true;

        /** A shape that looks at how many of the run's characters are digits ({@code runDigits}) as well. */
        static Shape withRunDigits(RunDigitsShape shape) {
            return new Shape() {
                @Override
                public boolean fits(int chainDigits, int alphanumericRun) {
                    return true; // never asked without the run's digits
                }

                @Override
                public boolean fits(int chainDigits, int alphanumericRun, int runDigits) {
                    return shape.fits(chainDigits, alphanumericRun, runDigits);
                }

                @Override
                public boolean readsRunDigits() {
                    return true;
                }
            };
        }

        /** An all-digit candidate of {@code digits} digits. */
        static Shape chain(int digits) {
            return (chainDigits, run) -> chainDigits == digits;
        }

        /** A candidate of {@code length} letters and digits, no separators. */
        static Shape run(int length) {
            return (digits, run) -> run == length;
        }
    }

    /** A {@link Shape} of three counts: the chain's digits, the run's length and the run's digits. */
    @FunctionalInterface
    interface RunDigitsShape {
        boolean fits(int chainDigits, int alphanumericRun, int runDigits);
    }

    /** {@code BEFORE + body + AFTER}, compiled. */
    static Pattern bounded(String body) {
        return Pattern.compile(BEFORE + "(?:" + body + ")" + AFTER);
    }

    /** {@code REJECTED} unless {@code valid}, then {@code verdict}. */
    static Verdict when(boolean valid, Verdict verdict) {
        return valid ? verdict : Verdict.REJECTED;
    }

    /**
     * Where a candidate may start at or after {@code from}: a permitted first character that {@link #BEFORE}'s first
     * look-behind allows.
     */
    int nextStart(String text, int from) {
        for (int i = Math.max(from, 0); i < text.length(); i++) {
            if (firstChar.allows(text.charAt(i)) && (i == 0 || !isGluedBefore(text.charAt(i - 1)))) {
                return i;
            }
        }
        return -1;
    }

    static boolean isGluedBefore(char c) {
        return CandidateStarts.isAsciiLetterOrDigit(c) || c == '_' || c == '.' || c == '-' || c == '/' || c == '+'
                || c == '@' || c == '$' || c == '\\';
    }
}
