package io.interven.plugin.signals.intel;

import java.net.IDN;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * What a host label looks like, so that look-alikes compare equal: a punycode label ({@code xn--...}) is read in
 * its Unicode form, accents are dropped, letters of other scripts that look like Latin letters become them
 * (Cyrillic {@code а}, Greek {@code ο}), digits that pass for letters become those letters ({@code 0} o,
 * {@code 1} l, {@code 3} e, {@code 5} s, ...), {@code i} is read as {@code l} (both pass for {@code 1}), letter pairs that pass for one letter become it ({@code rn} m,
 * {@code vv} w, {@code cl} d), and hyphens are dropped.
 */
final class Skeleton {
    private static final Map<Character, Character> CONFUSABLE = confusables();

    private Skeleton() {
    }

    /** The Unicode form of a label: a punycode label decoded, others as they are, in lower case. */
    static String unicode(String label) {
        String lower = label.toLowerCase(Locale.ROOT);
        if (lower.startsWith("xn--")) {
            try {
                return IDN.toUnicode(lower, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
            } catch (IllegalArgumentException e) {
                return lower;
            }
        }
        return lower;
    }

    /** The skeleton of a label (punycode or Unicode). */
    static String of(String label) {
        String decomposed = Normalizer.normalize(unicode(label), Normalizer.Form.NFKD);
        StringBuilder plain = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK || c == '-') {
                continue;
            }
            char latin = CONFUSABLE.getOrDefault(c, c);
            plain.append(CONFUSABLE.getOrDefault(latin, latin)); // Cyrillic і is i, which is l
        }
        return plain.toString().replace("rn", "m").replace("vv", "w").replace("cl", "d");
    }

    private static Map<Character, Character> confusables() {
        // each pair: a character, then the Latin letter it passes for
        String pairs = "0o1l3e4a5s7t8b9gil"
                + "аaвbеeѕsіiјjоoрpсcуyхxһhԁdԛqԝwӏlкkмmԍgҽeɡgɑaıiɩiłlƖlǀl"
                + "αaοoρpνvιiκkυuχxϲcϳjєeѵvԜwօoսuոnցgհhյj";
        Map<Character, Character> map = new java.util.HashMap<>();
        for (int i = 0; i + 1 < pairs.length(); i += 2) {
            map.put(pairs.charAt(i), pairs.charAt(i + 1));
        }
        return Map.copyOf(map);
    }
}
