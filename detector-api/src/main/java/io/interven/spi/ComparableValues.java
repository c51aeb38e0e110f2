package io.interven.spi;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The forms in which values read by an agent and values it later writes are compared ({@link
 * AgentHistory#callsThatRead}): the gateway hashes a response's values in these forms, and a signal hashes the
 * values of a call in the same forms, so that the two meet whatever the spelling (since SPI 1.1.0).
 *
 * <ul>
 *   <li>A <b>value</b> (the text of a finding: an e-mail address, a card number, a token) is compared by its letters
 *       and digits only, in lower case after NFKC: {@code 4111 1111-1111 1111} and {@code 4111111111111111} are one
 *       value.</li>
 *   <li>A <b>fragment</b> (a whole text field of at least {@value #MIN_FRAGMENT_LENGTH} characters once normalized)
 *       is compared in lower case after NFKC, with runs of white space collapsed to one space and the ends
 *       stripped.</li>
 * </ul>
 */
public final class ComparableValues {
    /** The shortest normalized text field that is compared as a fragment. */
    public static final int MIN_FRAGMENT_LENGTH = 24;
    /** The shortest normalized value that is compared: shorter ones would match by chance. */
    public static final int MIN_VALUE_LENGTH = 6;
    private static final String VALUE_PREFIX = "value:";
    private static final String FRAGMENT_PREFIX = "fragment:";

    private ComparableValues() {
    }

    /** The comparable form of a found value, empty when it is too short to compare. */
    public static Optional<String> ofValue(String value) {
        String folded = Normalizer.normalize(value, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder kept = new StringBuilder(folded.length());
        folded.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
        return kept.length() < MIN_VALUE_LENGTH ? Optional.empty() : Optional.of(VALUE_PREFIX + kept);
    }

    /** The comparable form of a text field, empty when it is shorter than {@value #MIN_FRAGMENT_LENGTH}. */
    public static Optional<String> ofFragment(String text) {
        if (isAscii(text)) {
            return asciiFragment(text);
        }
        String folded = collapseSpace(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT))
                .strip();
        return folded.length() < MIN_FRAGMENT_LENGTH ? Optional.empty() : Optional.of(FRAGMENT_PREFIX + folded);
    }

    /**
     * The fragment of an all-ASCII text (its own NFKC form) in one pass: lower-cased, space runs collapsed, then
     * stripped of what {@link String#strip} strips.
     */
    private static Optional<String> asciiFragment(String text) {
        int prefix = FRAGMENT_PREFIX.length();
        char[] out = new char[prefix + text.length()];
        FRAGMENT_PREFIX.getChars(0, prefix, out, 0);
        int length = prefix;
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                if (!inRun) {
                    out[length++] = ' ';
                    inRun = true;
                }
                continue;
            }
            inRun = false;
            out[length++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        int from = prefix;
        while (from < length && Character.isWhitespace(out[from])) {
            from++;
        }
        while (length > from && Character.isWhitespace(out[length - 1])) {
            length--;
        }
        if (length - from < MIN_FRAGMENT_LENGTH) {
            return Optional.empty();
        }
        System.arraycopy(out, from, out, prefix, length - from);
        return Optional.of(new String(out, 0, prefix + length - from));
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Each run of {@code [ \t\n\x0B\f\r]} (the expression {@code \s}) as one space. */
    static String collapseSpace(String text) {
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!isSpace(text.charAt(i))) {
                continue;
            }
            int end = i + 1;
            while (end < text.length() && isSpace(text.charAt(end))) {
                end++;
            }
            if (end - i > 1 || text.charAt(i) != ' ') {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, copied, i).append(' ');
                copied = end;
            }
            i = end - 1;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
