package io.interven.plugin.pii;

import io.interven.spi.DataClasses;
import io.interven.spi.DetectionContext;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * All identifier formats in one pass over a field: at each token start (a letter or digit not glued to what stands
 * before it) two cheap counts are taken once, the digits of the digit chain and the length of the letter-and-digit
 * run starting there, and only the formats whose first character and {@link IdentifierFormat.Shape} fit try their
 * pattern there. It finds what one {@link IdentifierRecognizer} per format would find, at a fraction of the cost:
 * twenty-odd patterns are not each tried at every number of a field.
 */
final class IdentifierScanner implements PiiRecognizer {
    /** Longer chains and runs than any format's are counted no further (keeps the counts linear). */
    private static final int MAX_CHAIN_DIGITS = 20;
    private static final int MAX_RUN = 91;
    private static final int ASCII = 128;
    private static final int MIN_UPPER_CASE_WITHOUT_DIGITS = 6;
    private static final byte GATE_UNASKED = 0;
    private static final byte GATE_OPEN = 1;
    private static final byte GATE_CLOSED = 2;

    private static final boolean[] ALPHANUMERIC = new boolean[ASCII];
    private static final boolean[] GLUED = new boolean[ASCII];

    static {
        for (char c = 0; c < ASCII; c++) {
            ALPHANUMERIC[c] = CandidateStarts.isAsciiLetterOrDigit(c);
            GLUED[c] = IdentifierFormat.isGluedBefore(c);
        }
    }

    private final List<IdentifierFormat> formats;
    /** The context words of the gated formats, looked for in one pass at a field's first gated candidate. */
    private final ContextGates gates;
    /** For each format, the lists of context words its gate reads ({@link ContextGates#listsOf}). */
    private final long[] contextLists;
    /** Whether each format's shape also reads the run's digits (the others were judged by {@link #byShape}). */
    private final boolean[] readsRunDigits;
    /** 64-bit words of a set of formats. */
    private final int words;
    /** For each ASCII first character, the formats whose candidates may start with it, as a bit set. */
    private final long[][] byFirstChar = new long[ASCII][];
    /** Whether any format's candidates may start with the ASCII character. */
    private final boolean[] startsAny = new boolean[ASCII];
    /**
     * For each pair of counts ({@code chain * (MAX_RUN + 1) + run}), the formats whose {@link IdentifierFormat.Shape}
     * fits it, as a bit set: worked out once here, so a token start costs a table look-up instead of a call of
     * every format's shape. A shape that also counts the run's digits is in every set ({@code
     * Shape.withRunDigits}); it is asked with that count at the start itself.
     */
    private final long[][] byShape = new long[(MAX_CHAIN_DIGITS + 1) * (MAX_RUN + 1)][];
    /**
     * {@link #byShape} for a run without digits (a word of prose), with every shape asked with that count too: such a
     * start costs a table look-up and no call of a shape.
     */
    private final long[][] byShapeOfLetters = new long[MAX_RUN + 1][];

    IdentifierScanner(List<IdentifierFormat> formats) {
        this.formats = List.copyOf(formats);
        this.gates = new ContextGates(this.formats);
        this.contextLists = new long[this.formats.size()];
        for (int f = 0; f < this.formats.size(); f++) {
            contextLists[f] = this.formats.get(f).gated() ? gates.listsOf(this.formats.get(f)) : 0;
        }
        this.readsRunDigits = new boolean[this.formats.size()];
        for (int f = 0; f < this.formats.size(); f++) {
            readsRunDigits[f] = this.formats.get(f).shape().readsRunDigits();
        }
        this.words = (this.formats.size() + Long.SIZE - 1) / Long.SIZE;
        for (char c = 0; c < ASCII; c++) {
            byFirstChar[c] = new long[words];
            for (int f = 0; f < this.formats.size(); f++) {
                if (this.formats.get(f).firstChar().allows(c)) {
                    byFirstChar[c][f / Long.SIZE] |= 1L << f;
                    startsAny[c] = true;
                }
            }
        }
        for (int chain = 0; chain <= MAX_CHAIN_DIGITS; chain++) {
            for (int run = 0; run <= MAX_RUN; run++) {
                long[] fitting = new long[words];
                for (int f = 0; f < this.formats.size(); f++) {
                    if (this.formats.get(f).shape().fits(chain, run)) {
                        fitting[f / Long.SIZE] |= 1L << f;
                    }
                }
                byShape[chain * (MAX_RUN + 1) + run] = fitting;
            }
        }
        for (int run = 0; run <= MAX_RUN; run++) {
            long[] fitting = new long[words];
            for (int f = 0; f < this.formats.size(); f++) {
                if (this.formats.get(f).shape().fits(0, run, 0)) {
                    fitting[f / Long.SIZE] |= 1L << f;
                }
            }
            byShapeOfLetters[run] = fitting;
        }
    }

    @Override
    public String id() {
        return "identifiers";
    }

    /**
     * A digit, or six upper-case letters: every format's candidate has one or the other (an Italian fiscal code may
     * have all its digits written as letters, a SWIFT code has six letters first). One test instead of one per
     * format: most fields of prose have neither.
     */
    @Override
    public boolean mayMatch(TextProfile profile) {
        return profile.digits > 0 || profile.upperCaseLetters >= MIN_UPPER_CASE_WITHOUT_DIGITS;
    }

    @Override
    public List<Finding> recognize(ScanField field) {
        return recognize(field, field.text().toCharArray());
    }

    @Override
    public List<Finding> recognize(ScanField field, DetectionContext context, TextProfile profile) {
        return recognize(field, profile.chars);
    }

    /**
     * The identifiers in {@code field}, whose characters are {@code chars}: read from an array rather than with
     * String.charAt, whose shared profile can make a loop over it run up to half as fast in one JVM as in another
     * (see TextProfile.of).
     */
    private List<Finding> recognize(ScanField field, char[] chars) {
        int n = chars.length;
        FieldScan scan = null;
        int i = 0;
        while (i < n) {
            char c = chars[i];
            if (c >= ASCII) {
                i++;
                continue;
            }
            boolean alphanumeric = ALPHANUMERIC[c];
            int runEnd = i;
            if (startsAny[c] && (i == 0 || !isGluedBefore(chars[i - 1]))) {
                int chain = CandidateStarts.isDigit(c) ? chainDigits(chars, i) : 0;
                long counts = alphanumericRun(chars, i);
                int run = (int) counts;
                int runDigits = (int) (counts >>> 32);
                runEnd = i + run;
                // a run without digits has no chain either (a chain starts with a digit)
                long[] fitting = runDigits == 0 ? byShapeOfLetters[run] : byShape[chain * (MAX_RUN + 1) + run];
                long[] starting = byFirstChar[c];
                if (intersect(fitting, starting)) {
                    scan = scan == null ? new FieldScan(field, chars) : scan;
                    scan.tryAt(i, chain, run, runDigits, fitting, starting);
                }
            }
            i = i + 1 < runEnd ? runEnd : i + 1; // the part of the run already read
            // the rest of a run of letters and digits follows a letter or digit: no candidate starts inside it
            while (alphanumeric && i < n && chars[i] < ASCII && ALPHANUMERIC[chars[i]]) {
                i++;
            }
        }
        return scan == null ? List.of() : scan.findings();
    }

    private boolean intersect(long[] fitting, long[] starting) {
        for (int w = 0; w < words; w++) {
            if ((fitting[w] & starting[w]) != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The scan of one field once a token start fits some format: each format's matcher, where it may be tried next,
     * its gate once asked, and the findings. Kept out of the loop over the characters, which most fields leave
     * without ever fitting a format, so that the loop stays small for the JIT (compiled quickly, and not thrown back
     * to the interpreter when a format's path changes).
     */
    private final class FieldScan {
        private final ScanField field;
        private final char[] chars;
        private final Matcher[] matchers = new Matcher[formats.size()];
        /** Per format: where it may be tried next (inside its last candidate, or never again without context). */
        private final int[] nextFrom = new int[formats.size()];
        private final byte[] gated = new byte[formats.size()];
        /** The lists of context words looked for so far and found in the field. */
        private long present;
        /** The lists looked for so far. */
        private long asked;
        private List<Finding> findings;

        FieldScan(ScanField field, char[] chars) {
            this.field = field;
            this.chars = chars;
        }

        /** Tries at token start {@code i} the formats in both sets that its counts fit. */
        void tryAt(int i, int chain, int run, int runDigits, long[] fitting, long[] starting) {
            for (int w = 0; w < words; w++) {
                for (long bits = fitting[w] & starting[w]; bits != 0; bits &= bits - 1) {
                    int f = w * Long.SIZE + Long.numberOfTrailingZeros(bits);
                    if (i < nextFrom[f]) {
                        continue;
                    }
                    // a run without digits was judged whole by its table; the others by every shape that reads them
                    if (readsRunDigits[f] && runDigits != 0
                            && !formats.get(f).shape().fits(chain, run, runDigits)) {
                        continue;
                    }
                    if (opens(f, fitting, starting)) {
                        tryFormat(f, i);
                    }
                }
            }
        }

        /** Whether format {@code f} may be tried in this field: it is not gated, or its context words are in it. */
        private boolean opens(int f, long[] fitting, long[] starting) {
            IdentifierFormat format = formats.get(f);
            if (!format.gated()) {
                return true;
            }
            if (gated[f] == GATE_UNASKED) {
                // the lists of every gated format that fits here, in one pass over the field
                long wanted = (contextLists[f] & ~asked) == 0 ? 0 : listsOfFitting(fitting, starting) & ~asked;
                if (wanted != 0) {
                    present |= gates.presentIn(field, chars, wanted);
                    asked |= wanted;
                }
                gated[f] = gates.opens(format, present) ? GATE_OPEN : GATE_CLOSED;
            }
            if (gated[f] == GATE_CLOSED) {
                nextFrom[f] = chars.length; // no context word anywhere: not tried again in this field
                return false;
            }
            return true;
        }

        private void tryFormat(int f, int i) {
            IdentifierFormat format = formats.get(f);
            if (matchers[f] == null) {
                matchers[f] = format.candidate().matcher(field.text()).useTransparentBounds(true)
                        .useAnchoringBounds(false);
            }
            Matcher m = matchers[f].region(i, chars.length);
            if (!m.lookingAt()) {
                return;
            }
            nextFrom[f] = Math.max(m.end(), i + 1);
            double confidence = IdentifierRecognizer.confidence(format, field, m);
            if (confidence > PatternRecognizer.REJECTED) {
                findings = findings == null ? new ArrayList<>() : findings;
                findings.add(field.finding(format.entityType(), DataClasses.PII, m.start(), m.end(), confidence,
                        format.ruleId()));
            }
        }

        List<Finding> findings() {
            return findings == null ? List.of() : findings;
        }
    }

    /** The lists of context words of the gated formats in both sets ({@link #contextLists}). */
    private long listsOfFitting(long[] fitting, long[] starting) {
        long lists = 0;
        for (int w = 0; w < words; w++) {
            for (long bits = fitting[w] & starting[w]; bits != 0; bits &= bits - 1) {
                lists |= contextLists[w * Long.SIZE + Long.numberOfTrailingZeros(bits)];
            }
        }
        return lists;
    }

    private static boolean isGluedBefore(char c) {
        return c < ASCII && GLUED[c];
    }

    /** The digits of the chain starting at {@code i}: digits, and single {@code space . - / :} between two digits. */
    static int chainDigits(char[] chars, int i) {
        int digits = 0;
        int n = chars.length;
        int at = i;
        while (at < n && digits < MAX_CHAIN_DIGITS) {
            char c = chars[at];
            if (CandidateStarts.isDigit(c)) {
                digits++;
                at++;
            } else if ((c == ' ' || c == '.' || c == '-' || c == '/' || c == ':') && at + 1 < n
                    && CandidateStarts.isDigit(chars[at + 1])) {
                at++;
            } else {
                break;
            }
        }
        return digits;
    }

    /**
     * How many ASCII letters and digits follow one another from {@code i} (the low 32 bits), and how many of them are
     * digits (the high 32 bits).
     */
    static long alphanumericRun(char[] chars, int i) {
        int end = Math.min(chars.length, i + MAX_RUN);
        int at = i;
        long digits = 0;
        while (at < end) {
            char c = chars[at];
            if (CandidateStarts.isDigit(c)) {
                digits++;
            } else if (!CandidateStarts.isAsciiLetterOrDigit(c)) {
                break;
            }
            at++;
        }
        return digits << 32 | (at - i);
    }
}
