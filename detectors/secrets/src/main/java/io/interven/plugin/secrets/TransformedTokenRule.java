package io.interven.plugin.secrets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A prefixed token written with a letter cipher, backwards, or both, the way a model is asked to "reverse the key",
 * "rot13 it" or "Caesar-shift it by 3" to get it past a filter: {@code 48zHI2Ag6Ds1Jh7Fv4Cm9Zx3wLt5Nqk2Yb8R_phg}
 * (backwards), {@code tuc_E8oL…} (ROT13), {@code jks_U8eB…} (shifted by 3), {@code tsk_I8yB…} (Atbash),
 * {@code 89A0#gq*…} (ROT47), {@code GHP_r8By…} (every letter's case swapped). The ciphers are every shift of the
 * alphabet (ROT13 among them) and Atbash, which leave
 * digits and other characters as they are, and ROT47, which moves every printable character; a ROT47 run is a run
 * of printable characters rather than of token characters, and is looked at by its four characters at each end.
 *
 * <p>What tells a token from a word is its prefix (the literals every match of a provider rule starts with,
 * {@link AnchoredPrefix#leadingLiterals}, four token characters or more). Each run of token characters of
 * {@value #MIN_RUN} to {@value #MAX_RUN} characters is looked at from both ends: the shape of its first four
 * characters (each letter as its distance from the first letter, so that every shift has the same shape) and the
 * Atbash of them are looked up among the prefixes' shapes and heads. Only a run whose ends could be a transformed
 * prefix is transformed back and searched with the provider rules; what they find is a match of the whole run, of the
 * provider's entity type, under a rule id that says how it was written ({@link #ruleId}). A run is looked at with
 * four look-ups in a sorted table, so the rule needs no keywords and runs over every text.
 */
final class TransformedTokenRule {
    static final String ID = "transformed-token";
    /** The shortest run looked at: the shortest prefixed tokens are about twenty characters. */
    static final int MIN_RUN = 16;
    static final int MAX_RUN = 512;
    private static final int MIN_PREFIX = 4;
    private static final int ATBASH = -1;
    private static final int ROT47 = -2;
    /** Every letter's case swapped ({@code GHP_r8By…}): undone exactly, as any mixed-case token is. */
    private static final int SWAPPED_CASE = -3;

    private final KeywordGatedRules providers;
    /** The prefixes' first four characters by shape ({@link #shapeKey}), sorted, and the prefixes of each. */
    private final long[] shapes;
    private final List<List<String>> prefixesByShape = new ArrayList<>();
    /** The prefixes' first four characters as written (lower case), sorted, and the prefixes of each. */
    private final long[] heads;
    private final List<List<String>> prefixesByHead = new ArrayList<>();

    private TransformedTokenRule(List<String> prefixes, KeywordGatedRules providers) {
        this.providers = providers;
        this.shapes = table(prefixes, true, prefixesByShape);
        this.heads = table(prefixes, false, prefixesByHead);
    }

    /** The rule for the prefixes of {@code rules}, whose matches in a transformed-back run {@code providers} finds. */
    static TransformedTokenRule of(List<PatternSecretRule> rules, KeywordGatedRules providers) {
        return new TransformedTokenRule(prefixesOf(rules), providers);
    }

    /** The prefixes of every rule ({@link #prefixesOf(PatternSecretRule)}), each once, in order. */
    static List<String> prefixesOf(List<PatternSecretRule> rules) {
        Set<String> prefixes = new LinkedHashSet<>();
        for (PatternSecretRule rule : rules) {
            prefixes.addAll(prefixesOf(rule));
        }
        return List.copyOf(prefixes);
    }

    /** How many prefixes the rule knows. */
    int prefixCount() {
        int count = 0;
        for (List<String> group : prefixesByHead) {
            count += group.size();
        }
        return count;
    }

    /**
     * The prefixes a rule's matches start with, lower case, four token characters or more, written with a capital, a
     * digit, {@code _} or {@code -} ({@code AKIA}, {@code ghp_}, {@code xoxb-}): a prefix of small letters alone is a
     * word ({@code secret}, {@code host}, {@code user}: the context rules' names), which tells no token from prose.
     * None when unreadable.
     */
    static List<String> prefixesOf(PatternSecretRule rule) {
        List<String> heads;
        try {
            heads = AnchoredPrefix.leadingLiterals(rule.regex().pattern());
        } catch (RuntimeException e) {
            return List.of();
        }
        List<String> prefixes = new ArrayList<>();
        for (String head : heads == null ? List.<String>of() : heads) {
            if (head.length() >= MIN_PREFIX && head.chars().allMatch(c -> isTokenChar((char) c))
                    && head.chars().anyMatch(c -> c < 'a' || c > 'z')) {
                prefixes.add(head.toLowerCase(Locale.ROOT));
            }
        }
        return prefixes;
    }

    /**
     * Every transformed token in the text, each a match of its whole run: runs of printable characters are read for
     * ROT47, and the runs of token characters inside the long ones for the other ciphers, in one sweep. Only every
     * {@value #MIN_RUN}th character is looked at until one is printable: a run long enough holds one of them, and it is
     * read from there both ways. Prose is passed over at a look per word or so.
     */
    List<SecretMatch> findIn(String text) {
        List<SecretMatch> matches = List.of();
        int n = text.length();
        int i = MIN_RUN - 1;
        int readTo = 0;
        while (i < n) {
            if (!isIn(PRINTABLE_CHARS, text.charAt(i))) {
                i += MIN_RUN;
                continue;
            }
            int start = i;
            while (start > readTo && isIn(PRINTABLE_CHARS, text.charAt(start - 1))) {
                start--;
            }
            int end = i + 1;
            while (end < n && isIn(PRINTABLE_CHARS, text.charAt(end))) {
                end++;
            }
            if (end - start >= MIN_RUN) {
                matches = inPrintableRun(text, start, end, matches);
            }
            readTo = end;
            i = end + MIN_RUN; // a run after this one's end holds the character that far on
        }
        return matches;
    }

    /** {@code matches} with the run's own in ROT47, or else those of the runs of token characters inside it. */
    private List<SecretMatch> inPrintableRun(String text, int start, int end, List<SecretMatch> matches) {
        SecretMatch rot47 = end - start <= MAX_RUN ? findInRot47Run(text, start, end) : null;
        if (rot47 != null) {
            return added(matches, rot47);
        }
        SecretMatch jwt = ReversedJwt.in(text, start, end, providers);
        if (jwt != null) {
            return added(matches, jwt);
        }
        int i = start;
        while (i < end) {
            if (!isTokenChar(text.charAt(i))) {
                i++;
                continue;
            }
            int runStart = i;
            while (i < end && isTokenChar(text.charAt(i))) {
                i++;
            }
            boolean longEnough = i - runStart >= MIN_RUN && i - runStart <= MAX_RUN;
            SecretMatch match = longEnough ? findInRun(text, runStart, i) : null;
            if (match == null && longEnough) {
                match = HeadlessChecksumToken.in(text, runStart, i);
            }
            if (match != null) {
                matches = added(matches, match);
            }
        }
        return matches;
    }

    private static List<SecretMatch> added(List<SecretMatch> matches, SecretMatch match) {
        List<SecretMatch> more = matches.isEmpty() ? new ArrayList<>() : matches;
        more.add(match);
        return more;
    }

    /**
     * The token a run of printable characters is in ROT47 (which turns digits, {@code _} and {@code -} into other
     * punctuation, so its runs are not runs of token characters), forwards or backwards; or null.
     */
    private SecretMatch findInRot47Run(String text, int start, int end) {
        char[] head = new char[MIN_PREFIX];
        for (int way = 0; way < 2; way++) {
            boolean backwards = way == 1;
            for (int k = 0; k < MIN_PREFIX; k++) {
                head[k] = Character.toLowerCase(rot47(backwards ? text.charAt(end - 1 - k) : text.charAt(start + k)));
            }
            int at = Arrays.binarySearch(heads, key(head));
            for (String prefix : at < 0 ? List.<String>of() : prefixesByHead.get(at)) {
                SecretMatch match = tried(text, start, end, backwards, ROT47, prefix);
                if (match != null) {
                    return match;
                }
            }
        }
        return null;
    }

    /** The token the run {@code [start, end)} is, transformed back, as a match of the whole run; or null. */
    private SecretMatch findInRun(String text, int start, int end) {
        char[] head = new char[MIN_PREFIX];
        char[] atbash = new char[MIN_PREFIX];
        for (int way = 0; way < 2; way++) {
            boolean backwards = way == 1;
            for (int k = 0; k < MIN_PREFIX; k++) {
                head[k] = Character.toLowerCase(backwards ? text.charAt(end - 1 - k) : text.charAt(start + k));
            }
            int letter = firstLetter(head);
            if (letter >= 0) {
                int at = Arrays.binarySearch(shapes, shapeKey(head, letter));
                for (String prefix : at < 0 ? List.<String>of() : prefixesByShape.get(at)) {
                    int shift = Math.floorMod(prefix.charAt(letter) - head[letter], 26);
                    SecretMatch match = backwards || shift != 0
                            ? tried(text, start, end, backwards, shift, prefix) : null;
                    if (match == null && shift == 0) {
                        match = tried(text, start, end, backwards, SWAPPED_CASE, prefix);
                    }
                    if (match != null) {
                        return match;
                    }
                }
            }
            for (int k = 0; k < MIN_PREFIX; k++) {
                atbash[k] = atbash(head[k]);
            }
            int at = Arrays.binarySearch(heads, key(atbash));
            for (String prefix : at < 0 ? List.<String>of() : prefixesByHead.get(at)) {
                SecretMatch match = tried(text, start, end, backwards, ATBASH, prefix);
                if (match != null) {
                    return match;
                }
            }
        }
        return null;
    }

    /** The run transformed back ({@code shift} places, or Atbash), searched when it starts with {@code prefix}. */
    private SecretMatch tried(String text, int start, int end, boolean backwards, int shift, String prefix) {
        char[] token = new char[end - start];
        for (int k = 0; k < token.length; k++) {
            char c = backwards ? text.charAt(end - 1 - k) : text.charAt(start + k);
            token[k] = shift == ATBASH ? atbash(c) : shift == ROT47 ? rot47(c)
                    : shift == SWAPPED_CASE ? swappedCase(c) : shifted(c, shift);
        }
        String candidate = new String(token);
        if (!candidate.regionMatches(true, 0, prefix, 0, prefix.length())) {
            return null;
        }
        for (SecretMatch match : providers.findIn(candidate)) {
            return new SecretMatch(ruleId(backwards, shift), match.entityType(), match.issuerDomains(), start, end,
                    match.confidence());
        }
        return null;
    }

    /**
     * The rule id of a way of writing: {@code reversed-token}, {@code rot13-token}, {@code shifted-token} (any other
     * shift), {@code atbash-token}, each with {@code reversed-} in front when written backwards too.
     */
    static String ruleId(boolean backwards, int shift) {
        String cipher = shift == ATBASH ? "atbash-" : shift == ROT47 ? "rot47-" : shift == 13 ? "rot13-"
                : shift == SWAPPED_CASE ? "swapped-case-" : shift != 0 ? "shifted-" : "";
        return (backwards ? "reversed-" : "") + cipher + "token";
    }

    /** A letter moved {@code shift} places on in its alphabet, keeping its case; anything else as it is. */
    static char shifted(char c, int shift) {
        if (c >= 'a' && c <= 'z') {
            return (char) ('a' + (c - 'a' + shift) % 26);
        }
        if (c >= 'A' && c <= 'Z') {
            return (char) ('A' + (c - 'A' + shift) % 26);
        }
        return c;
    }

    /** A letter mirrored in its alphabet (a and z, b and y, ...), keeping its case; anything else as it is. */
    static char atbash(char c) {
        if (c >= 'a' && c <= 'z') {
            return (char) ('z' - (c - 'a'));
        }
        if (c >= 'A' && c <= 'Z') {
            return (char) ('Z' - (c - 'A'));
        }
        return c;
    }

    /** A letter in the other case; anything else as it is. */
    static char swappedCase(char c) {
        if (c >= 'a' && c <= 'z') {
            return (char) (c - 'a' + 'A');
        }
        if (c >= 'A' && c <= 'Z') {
            return (char) (c - 'A' + 'a');
        }
        return c;
    }

    /** A printable ASCII character moved 47 places on among the 94 (ROT47); anything else as it is. */
    static char rot47(char c) {
        return c >= '!' && c <= '~' ? (char) ('!' + (c - '!' + 47) % 94) : c;
    }

    static String rot13(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = shifted(chars[i], 13);
        }
        return new String(chars);
    }

    /** The four characters of a head as one number (each below 128: token characters are ASCII). */
    private static long key(char[] head) {
        long key = 0;
        for (char c : head) {
            key = key << 16 | c;
        }
        return key;
    }

    /** The shape of a head: each letter as its distance from the head's first letter ({@code letter}), as a key. */
    private static long shapeKey(char[] head, int letter) {
        long key = 0;
        for (char c : head) {
            boolean isLetter = c >= 'a' && c <= 'z';
            key = key << 16 | (isLetter ? 0x100 + Math.floorMod(c - head[letter], 26) : c);
        }
        return key;
    }

    private static int firstLetter(char[] head) {
        for (int k = 0; k < head.length; k++) {
            if (head[k] >= 'a' && head[k] <= 'z') {
                return k;
            }
        }
        return -1;
    }

    /** The sorted keys of the prefixes' heads (by shape or as written), with the prefixes of each key in order. */
    private static long[] table(List<String> prefixes, boolean byShape, List<List<String>> groups) {
        java.util.TreeMap<Long, List<String>> byKey = new java.util.TreeMap<>();
        for (String prefix : prefixes) {
            char[] head = prefix.substring(0, MIN_PREFIX).toCharArray();
            int letter = firstLetter(head);
            if (byShape && letter < 0) {
                continue; // no letter: no cipher changes it
            }
            long key = byShape ? shapeKey(head, letter) : key(head);
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(prefix);
        }
        long[] keys = new long[byKey.size()];
        int k = 0;
        for (var entry : byKey.entrySet()) {
            keys[k++] = entry.getKey();
            groups.add(entry.getValue());
        }
        return keys;
    }

    private static final boolean[] TOKEN_CHARS = new boolean[128];
    private static final boolean[] PRINTABLE_CHARS = new boolean[128];

    static {
        for (char c = 0; c < TOKEN_CHARS.length; c++) {
            TOKEN_CHARS[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
                    || c == '-';
            PRINTABLE_CHARS[c] = c >= '!' && c <= '~';
        }
    }

    private static boolean isIn(boolean[] chars, char c) {
        return c < 128 && chars[c];
    }

    private static boolean isTokenChar(char c) {
        return isIn(TOKEN_CHARS, c);
    }
}
