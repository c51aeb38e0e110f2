package io.interven.gateway.core.normalize;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.SpoofChecker;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Non-ASCII characters that look like ASCII (Cyrillic {@code а}, Greek {@code Ο}, {@code ı}, ...), and the ASCII
 * they stand for, from the confusables data of Unicode TR39 (ICU's {@link SpoofChecker} skeleton).
 *
 * <p>Only non-ASCII characters are mapped, and only when their skeleton is ASCII. ASCII itself is never changed:
 * TR39 skeletons map {@code I} and {@code 1} to {@code l}, {@code 0} to {@code O} and {@code m} to {@code rn},
 * which would break every base62 token and checksum. Where several ASCII characters share a skeleton, the one of
 * the same kind wins (an upper-case homoglyph of {@code I}, Cyrillic {@code І}, becomes {@code I}, not the
 * skeleton's {@code l}; a lower-case one becomes {@code l}), and a single character is preferred to the
 * skeleton's spelling ({@code m}, not {@code rn}).
 *
 * <p>The table is built once per JVM from ICU's data (about 1,900 characters; ideographs and Hangul syllables,
 * which have no ASCII look-alike, are skipped), and is read-only afterwards: thread-safe.
 */
public final class AsciiConfusables {
    private static final int[] CODE_POINTS;
    private static final String[] PROTOTYPES;

    static {
        SpoofChecker checker = new SpoofChecker.Builder().build();
        Map<String, List<Character>> asciiBySkeleton = asciiBySkeleton(checker);
        List<Integer> points = new ArrayList<>();
        List<String> prototypes = new ArrayList<>();
        for (int cp = 0x80; cp <= Character.MAX_CODE_POINT; cp++) {
            if (!mayLookLikeAscii(cp)) {
                continue;
            }
            String skeleton = checker.getSkeleton(new String(Character.toChars(cp)));
            if (isAscii(skeleton)) {
                points.add(cp);
                prototypes.add(prototype(cp, skeleton, asciiBySkeleton.getOrDefault(skeleton, List.of())));
            }
        }
        CODE_POINTS = points.stream().mapToInt(Integer::intValue).toArray();
        PROTOTYPES = prototypes.toArray(String[]::new);
    }

    private AsciiConfusables() {
    }

    /** The ASCII that {@code codePoint} stands for, or null when it looks like no ASCII (or is ASCII itself). */
    public static String asciiFor(int codePoint) {
        int at = Arrays.binarySearch(CODE_POINTS, codePoint);
        return at < 0 ? null : PROTOTYPES[at];
    }

    /** How many characters the table maps (for tests and the README). */
    static int size() {
        return CODE_POINTS.length;
    }

    private static boolean mayLookLikeAscii(int cp) {
        int type = UCharacter.getType(cp);
        if (type == UCharacterCategory.UNASSIGNED || type == UCharacterCategory.PRIVATE_USE
                || type == UCharacterCategory.SURROGATE) {
            return false;
        }
        return !UCharacter.hasBinaryProperty(cp, UProperty.UNIFIED_IDEOGRAPH)
                && UCharacter.getIntPropertyValue(cp, UProperty.HANGUL_SYLLABLE_TYPE) == 0;
    }

    /** Printable ASCII characters by skeleton; the skeleton's own character (TR39's prototype) first. */
    private static Map<String, List<Character>> asciiBySkeleton(SpoofChecker checker) {
        Map<String, List<Character>> bySkeleton = new HashMap<>();
        for (char c = '!'; c <= '~'; c++) {
            String skeleton = checker.getSkeleton(String.valueOf(c));
            List<Character> same = bySkeleton.computeIfAbsent(skeleton, k -> new ArrayList<>());
            if (skeleton.equals(String.valueOf(c))) {
                same.add(0, c);
            } else {
                same.add(c);
            }
        }
        return bySkeleton;
    }

    /** The ASCII of the same kind as {@code cp} among those sharing its skeleton, else the skeleton's own. */
    private static String prototype(int cp, String skeleton, List<Character> candidates) {
        for (char candidate : candidates) {
            if (sameKind(cp, candidate)) {
                return String.valueOf(candidate);
            }
        }
        return candidates.isEmpty() ? skeleton : String.valueOf(candidates.get(0));
    }

    private static boolean sameKind(int cp, char ascii) {
        if (UCharacter.isUUppercase(cp) || UCharacter.getType(cp) == UCharacterCategory.TITLECASE_LETTER) {
            return ascii >= 'A' && ascii <= 'Z';
        }
        if (UCharacter.isULowercase(cp)) {
            return ascii >= 'a' && ascii <= 'z';
        }
        if (UCharacter.getType(cp) == UCharacterCategory.DECIMAL_DIGIT_NUMBER) {
            return ascii >= '0' && ascii <= '9';
        }
        return !UCharacter.isLetterOrDigit(cp) && !Character.isLetterOrDigit(ascii);
    }

    private static boolean isAscii(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
