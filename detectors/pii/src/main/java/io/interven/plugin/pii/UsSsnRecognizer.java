package io.interven.plugin.pii;

import io.interven.spi.ScanField;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * US Social Security numbers written {@code NNN-NN-NNNN}, {@code NNN NN NNNN} or {@code NNN.NN.NNNN}, and nine bare
 * digits when a context word ({@code ssn}, {@code social security}, ...) is the field's key or stands just before them.
 * The digits must follow the issuing rules ({@link UsSsnRules}) and must not be part of a longer number or token.
 */
final class UsSsnRecognizer extends PatternRecognizer {
    static final String ENTITY_TYPE = "US_SSN";
    private static final double CONFIDENCE_WITH_CONTEXT = 0.95;
    private static final double CONFIDENCE_DASHED = 0.75;
    private static final double CONFIDENCE_SPACED = 0.6;
    /** An SSN in one of the three ways it is written, with no digit right before it. */
    private static final String NEIGHBOUR = "(?<![0-9])(?:\\d{3}-\\d{2}-\\d{4}|\\d{3} \\d{2} \\d{4}|\\d{9})";
    /**
     * Nine digits, bare or grouped by single dashes or spaces, not glued to a word or a longer number; the dashed
     * form may also follow a word's {@code :} or {@code #} ({@code SSN:536-22-8714}, {@code ss#536-22-8714}). A
     * digit and a space may stand before or after {@code NNN-NN-NNNN}; before or after the spaced and bare forms only
     * where that neighbour is itself an SSN-shaped value (a list: {@code 123 45 6789 234 56 7890}). A comma before or
     * after separates values (a CSV row).
     */
    private static final Pattern CANDIDATE = Pattern.compile(
            "(?:(?<![A-Za-z0-9_.\\-/+:#@$])|(?<=[A-Za-z][:#])(?=\\d{3}-\\d{2}-\\d{4}))"
            + "(?:(?<!\\d )|(?<=" + NEIGHBOUR + " )|(?=\\d{3}-\\d{2}-\\d{4}))"
            + "(\\d{3})([-. ]?)(\\d{2})\\2(\\d{4})"
            + "(?![A-Za-z0-9_@]|[.\\-/:]\\d)"
            + "(?:(?<=-\\d{4})|(?! (?!" + NEIGHBOUR.substring("(?<![0-9])".length()) + "(?![0-9]|-\\d))\\d))");
    private static final ContextWords CONTEXT = ContextWords.of("ssn", "ssns", "social security", "social sec",
            "ss#", "ss no", "soc sec");

    UsSsnRecognizer() {
        super(ENTITY_TYPE, CANDIDATE, UsSsnRecognizer::nextStart);
    }

    /**
     * Where {@link #CANDIDATE} may match: the start of a run of exactly three digits (the first group of
     * {@code NNN-NN-NNNN} or {@code NNN NN NNNN}) or exactly nine (the bare form, which no digit may follow), after a
     * character its first look-behind allows. A longer run (an epoch timestamp, an order number) holds no start.
     */
    static int nextStart(String text, int from) {
        int n = text.length();
        int i = Math.max(from, 0);
        while (i <= n - 3) {
            if (!CandidateStarts.isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int runEnd = i + 1;
            while (runEnd < n && CandidateStarts.isDigit(text.charAt(runEnd))) {
                runEnd++;
            }
            int run = runEnd - i;
            if ((run == 3 || run == 9) && (i == 0 || !isGluedBefore(text.charAt(i - 1))
                    || run == 3 && endsALabel(text, i))) {
                return i;
            }
            i = runEnd; // every later digit of the run has a digit before it
        }
        return -1;
    }

    /** True when a word's {@code :} or {@code #} stands right before {@code i} (a label: {@code SSN:}). */
    private static boolean endsALabel(String text, int i) {
        char mark = text.charAt(i - 1);
        return (mark == ':' || mark == '#') && i >= 2 && CandidateStarts.isAsciiLetterOrDigit(text.charAt(i - 2))
                && !CandidateStarts.isDigit(text.charAt(i - 2));
    }

    /** What the look-behind rules out: {@code [A-Za-z0-9_.\-/+:#@$]}. */
    private static boolean isGluedBefore(char c) {
        return CandidateStarts.isAsciiLetterOrDigit(c) || c == '_' || c == '.' || c == '-' || c == '/' || c == '+'
                || c == ':' || c == '#' || c == '@' || c == '$';
    }

    @Override
    public String id() {
        return "us-ssn";
    }

    /**
     * Nine digits or more in one chain of digits (neighbours one space or dash apart): an SSN, or a list of them; or
     * nine digits and two dots, for the dotted form (the chain leaves dots out: dotted numbers are versions, addresses
     * and timestamps far more often, and every other recognizer's look would open for them).
     */
    @Override
    public boolean mayMatch(TextProfile profile) {
        return profile.longestGroupedDigits >= 9 || profile.dots >= 2 && profile.digits >= 9;
    }

    @Override
    double confidence(ScanField field, Matcher match) {
        if (!UsSsnRules.isIssuable(match.group(1) + match.group(3) + match.group(4))) {
            return REJECTED;
        }
        if (CONTEXT.near(field, match.start())) {
            return CONFIDENCE_WITH_CONTEXT;
        }
        return switch (match.group(2)) {
            case "-" -> CONFIDENCE_DASHED;
            case " ", "." -> CONFIDENCE_SPACED;
            default -> REJECTED; // nine bare digits need a context word
        };
    }
}
