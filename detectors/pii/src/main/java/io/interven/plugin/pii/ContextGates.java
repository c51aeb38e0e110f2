package io.interven.plugin.pii;

import io.interven.spi.ScanField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Which of the gated formats' context words a field holds, found in one pass over its text for all the lists asked
 * about ({@link IdentifierScanner} asks for those of the formats whose candidates occur in the field): at each place
 * where a word may begin (a letter after a non-letter), one table look-up by its first two characters, ASCII
 * lower-cased, gives the words starting so; a list's pattern is tried there only when one of its words' beginnings
 * (up to a space, which the expression lets any separator or none stand for, or a character outside ASCII) stands
 * there, and each list only until it is found. The same answers as
 * {@link ContextWords#mayBeIn} per list, at the cost of one pass instead of one per list.
 */
final class ContextGates {
    private static final int ASCII = 128;
    private static final int MAX_LISTS = 64;
    private static final int MAX_PREFIX = 8;

    private final List<ContextWords> lists;
    private final RememberedKeys<Long> keysSeen = new RememberedKeys<>();
    /** By first character: the lists with a word whose second character is not compared. */
    private final long[] byFirstOnly = new long[ASCII];
    /**
     * By first and second character ({@code first * 128 + second}): the words starting so, as their lists' bits and
     * their beginnings up to the first space or character outside ASCII (at most {@link #MAX_PREFIX} characters).
     */
    private final long[][] bitsByPair = new long[ASCII * ASCII][];
    private final String[][] prefixesByPair = new String[ASCII * ASCII][];
    /**
     * Bit {@code first * 128 + second} (both ASCII, lower case; second 0 past the end or for a character outside
     * ASCII): some word of {@link #byFirstOnly} or {@link #bitsByPair} may begin with these two characters. A superset
     * of what {@link #startingAt} finds, small enough to stay in the processor's nearest cache.
     */
    private final long[] pairMayBegin = new long[ASCII * ASCII / Long.SIZE];
    /** Lists with a word that starts outside ASCII, and those starting characters. */
    private final StringBuilder otherFirsts = new StringBuilder();
    private final List<Long> otherLists = new ArrayList<>();
    /** The characters of {@link #otherFirsts} as a set of 65,536 bits: most characters outside ASCII start no word. */
    private final long[] otherFirstSet = new long[(Character.MAX_VALUE + 1) / Long.SIZE];
    /** Lists with a word that starts with an ASCII character other than a letter: read on their own. */
    private long everywhere;

    ContextGates(List<IdentifierFormat> formats) {
        List<ContextWords> collected = new ArrayList<>();
        for (IdentifierFormat format : formats) {
            if (format.gated()) {
                format.context().collectWords(collected);
            }
        }
        if (collected.size() > MAX_LISTS) {
            throw new IllegalArgumentException("at most " + MAX_LISTS + " lists of context words are gated");
        }
        this.lists = List.copyOf(collected);
        for (int l = 0; l < lists.size(); l++) {
            for (String word : lists.get(l).textWords()) {
                add(word.toLowerCase(Locale.ROOT), 1L << l);
            }
        }
        for (char first = 'a'; first <= 'z'; first++) {
            for (int second = 0; second < ASCII; second++) {
                int pair = first * ASCII + second;
                if (byFirstOnly[first] != 0 || bitsByPair[pair] != null) {
                    pairMayBegin[pair >>> 6] |= 1L << pair;
                }
            }
        }
    }

    private void add(String word, long bit) {
        char first = word.isEmpty() ? 0 : word.charAt(0);
        if (first >= ASCII) {
            int at = otherFirsts.indexOf(String.valueOf(first));
            if (at < 0) {
                otherFirsts.append(first);
                otherFirstSet[first / Long.SIZE] |= 1L << first;
                otherLists.add(bit);
            } else {
                otherLists.set(at, otherLists.get(at) | bit);
            }
            return;
        }
        if (!(first >= 'a' && first <= 'z')) {
            everywhere |= bit;
            return;
        }
        char second = word.length() > 1 ? word.charAt(1) : ' ';
        if (second == ' ' || second >= ASCII) {
            byFirstOnly[first] |= bit;
            return;
        }
        int length = 2;
        while (length < word.length() && length < MAX_PREFIX && word.charAt(length) != ' '
                && word.charAt(length) < ASCII) {
            length++;
        }
        int pair = first * ASCII + second;
        long[] bits = bitsByPair[pair] == null ? new long[0] : bitsByPair[pair];
        String[] prefixes = prefixesByPair[pair] == null ? new String[0] : prefixesByPair[pair];
        String prefix = word.substring(0, length);
        for (int w = 0; w < prefixes.length; w++) {
            if (prefixes[w].equals(prefix)) { // words of several lists begin alike: one comparison for them all
                bits[w] |= bit;
                return;
            }
        }
        bitsByPair[pair] = java.util.Arrays.copyOf(bits, bits.length + 1);
        bitsByPair[pair][bits.length] = bit;
        prefixesByPair[pair] = java.util.Arrays.copyOf(prefixes, prefixes.length + 1);
        prefixesByPair[pair][prefixes.length] = prefix;
    }

    /** The lists of context words {@code format}'s context reads, one bit each (none for a format not gated). */
    long listsOf(IdentifierFormat format) {
        List<ContextWords> read = new ArrayList<>();
        format.context().collectWords(read);
        long bits = 0;
        for (ContextWords list : read) {
            int l = lists.indexOf(list);
            if (l >= 0) {
                bits |= 1L << l;
            }
        }
        return bits;
    }

    /**
     * Which of the {@code wanted} lists (one bit each, as {@link #listsOf} gives them) the field's key or text holds a
     * word of. Lists not wanted are not looked for: a list whose first word character is not an ASCII letter costs a
     * pass of its own, and the pass over the words ends once every wanted list is found. {@code chars} are the
     * field's characters (read, never written).
     */
    long presentIn(ScanField field, char[] chars, long wanted) {
        long present = inKey(field.key()) & wanted;
        long missing = wanted & ~present;
        String text = field.text();
        for (long rest = missing & everywhere; rest != 0; rest &= rest - 1) {
            int l = Long.numberOfTrailingZeros(rest);
            if (lists.get(l).occursIn(text)) {
                present |= 1L << l;
            }
            missing &= ~(1L << l);
        }
        int n = chars.length;
        Matcher[] matchers = null;
        for (int i = 0; i < n && missing != 0; i++) {
            char c = chars[i];
            long candidates;
            if (c < ASCII) {
                // one table bit for the two characters here, read at every position: no branch per word
                int pair = lower(c) * ASCII + (i + 1 < n && chars[i + 1] < ASCII ? lower(chars[i + 1]) : 0);
                if ((pairMayBegin[pair >>> 6] & 1L << pair) == 0 || i > 0 && isAsciiLetter(chars[i - 1])) {
                    continue; // no word begins so here, or here is inside a word
                }
                candidates = startingAt(chars, i, lower(c), missing) & missing;
            } else {
                candidates = otherAt(c) & missing;
            }
            for (; candidates != 0; candidates &= candidates - 1) {
                int l = Long.numberOfTrailingZeros(candidates);
                if (matchers == null) {
                    matchers = new Matcher[lists.size()];
                }
                if (matchers[l] == null) {
                    matchers[l] = lists.get(l).expression().matcher(text).useTransparentBounds(true)
                            .useAnchoringBounds(false);
                }
                if (matchers[l].region(i, n).lookingAt()) {
                    present |= 1L << l;
                    missing &= ~(1L << l);
                }
            }
        }
        return present;
    }

    /** The lists whose words name {@code key}, one bit each; remembered for the keys seen (field names repeat). */
    private long inKey(String key) {
        if (key == null || key.isEmpty()) {
            return 0;
        }
        Long known = keysSeen.get(key);
        if (known != null) {
            return known;
        }
        long bits = 0;
        for (int l = 0; l < lists.size(); l++) {
            if (lists.get(l).inKey(key)) {
                bits |= 1L << l;
            }
        }
        keysSeen.keep(key, bits);
        return bits;
    }

    /**
     * The lists with a word that may start at {@code i}: its beginning, ASCII case aside, stands there.
     */
    private long startingAt(char[] text, int i, char first, long missing) {
        long lists = byFirstOnly[first];
        if (i + 1 >= text.length) {
            return lists;
        }
        char second = lower(text[i + 1]);
        if (second >= ASCII) {
            return lists;
        }
        int pair = first * ASCII + second;
        long[] bits = bitsByPair[pair];
        if (bits == null) {
            return lists;
        }
        String[] prefixes = prefixesByPair[pair];
        for (int w = 0; w < bits.length; w++) {
            if ((bits[w] & missing & ~lists) != 0 && beginsWith(text, i, prefixes[w])) {
                lists |= bits[w];
            }
        }
        return lists;
    }

    /** {@code text} has {@code prefix} (lower case) at {@code i}, ASCII case aside. */
    private static boolean beginsWith(char[] text, int i, String prefix) {
        if (i + prefix.length() > text.length) {
            return false;
        }
        for (int k = 2; k < prefix.length(); k++) { // the first two are the table's key
            if (lower(text[i + k]) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private long otherAt(char c) {
        if ((otherFirstSet[c / Long.SIZE] & 1L << c) == 0) {
            return 0;
        }
        int at = otherFirsts.indexOf(String.valueOf(c));
        return at < 0 ? 0 : otherLists.get(at);
    }

    /**
     * Whether {@code format}'s context can vouch in a field that holds the lists {@code present} (one bit each; only
     * the bits of {@link #listsOf} the format are read).
     */
    boolean opens(IdentifierFormat format, long present) {
        return format.context().holds(list -> {
            int l = lists.indexOf(list);
            return l >= 0 && (present & 1L << l) != 0;
        });
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
