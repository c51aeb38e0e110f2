package io.interven.gateway.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Ways an agent (or an attacker) disguises a value so that a plain pattern no longer matches it. */
final class Obfuscations {
    /** Cyrillic letters that look like Latin ones (the Latin letter -> its look-alike). */
    static final Map<Character, String> CYRILLIC = Map.ofEntries(
            Map.entry('a', "а"), Map.entry('c', "с"), Map.entry('e', "е"), Map.entry('o', "о"), Map.entry('p', "р"),
            Map.entry('x', "х"), Map.entry('y', "у"), Map.entry('s', "ѕ"), Map.entry('i', "і"), Map.entry('j', "ј"),
            Map.entry('d', "ԁ"), Map.entry('A', "А"), Map.entry('B', "В"), Map.entry('C', "С"), Map.entry('E', "Е"),
            Map.entry('H', "Н"), Map.entry('I', "І"), Map.entry('J', "Ј"), Map.entry('K', "К"), Map.entry('M', "М"),
            Map.entry('O', "О"), Map.entry('P', "Р"), Map.entry('S', "Ѕ"), Map.entry('T', "Т"), Map.entry('X', "Х"));
    /** Greek letters that look like Latin ones. */
    static final Map<Character, String> GREEK = Map.ofEntries(
            Map.entry('A', "Α"), Map.entry('B', "Β"), Map.entry('E', "Ε"), Map.entry('Z', "Ζ"), Map.entry('H', "Η"),
            Map.entry('I', "Ι"), Map.entry('K', "Κ"), Map.entry('M', "Μ"), Map.entry('N', "Ν"), Map.entry('O', "Ο"),
            Map.entry('P', "Ρ"), Map.entry('T', "Τ"), Map.entry('Y', "Υ"), Map.entry('X', "Χ"), Map.entry('o', "ο"),
            Map.entry('v', "ν"));

    /** A named disguise. */
    record Obfuscation(String name, UnaryOperator<String> apply) {
        @Override
        public String toString() {
            return name;
        }
    }

    private Obfuscations() {
    }

    static List<Obfuscation> all() {
        List<Obfuscation> all = new ArrayList<>();
        Map<String, String> invisible = Map.ofEntries(Map.entry("zero-width-space", "\u200B"),
                Map.entry("zero-width-joiner", "\u200D"), Map.entry("byte-order-mark", "\uFEFF"),
                Map.entry("soft-hyphen", "\u00AD"), Map.entry("right-to-left-override", "\u202E"),
                Map.entry("left-to-right-isolate", "\u2066"),
                Map.entry("tag-character", new String(Character.toChars(0xE0041))),
                Map.entry("variation-selector", "\uFE0F"), Map.entry("word-joiner", "\u2060"),
                Map.entry("mongolian-vowel-separator", "\u180E"),
                // characters that stand for no text
                Map.entry("nul", "\u0000"), Map.entry("escape", "\u001B"), Map.entry("delete", "\u007F"),
                Map.entry("c1-control", "\u0090"), Map.entry("lone-high-surrogate", "\uD800"),
                Map.entry("lone-low-surrogate", "\uDC00"), Map.entry("private-use", "\uE000"),
                Map.entry("supplementary-private-use", new String(Character.toChars(0xF0000))),
                Map.entry("noncharacter", "\uFDD0"), Map.entry("unassigned", "\u0378"),
                Map.entry("replacement-character", "\uFFFD"), Map.entry("object-replacement", "\uFFFC"),
                // a combining mark newer than the JDK's Unicode data
                Map.entry("unicode-14-mark", "\u1AC1"));
        invisible.forEach((name, c) -> {
            all.add(new Obfuscation(name + "-in-the-middle", v -> insertAt(v, c, v.length() / 2)));
            all.add(new Obfuscation(name + "-every-4", v -> insertEvery(v, c, 4)));
        });
        for (Map.Entry<String, Integer> digits : Map.of("arabic-indic-digits", 0x0660, "devanagari-digits", 0x0966,
                "thai-digits", 0x0E50, "bengali-digits", 0x09E6, "mathematical-digits", 0x1D7CE).entrySet()) {
            all.add(new Obfuscation(digits.getKey(), v -> map(v, c -> c >= '0' && c <= '9'
                    ? new String(Character.toChars(digits.getValue() + c - '0')) : null)));
        }
        all.add(new Obfuscation("acute-on-a-letter-of-a-token", v -> markLetterOfAToken(v, "\u0301")));
        all.add(new Obfuscation("caron-on-a-letter-of-a-token", v -> markLetterOfAToken(v, "\u030C")));
        all.add(new Obfuscation("quoted-printable-every-byte", v -> map(v, c -> String.format("=%02X", (int) c))));
        all.add(new Obfuscation("underscore-emphasis", v -> "_" + v + "_"));
        all.add(new Obfuscation("underscore-emphasis-then-comma", v -> "_" + v + "_,"));
        all.add(new Obfuscation("full-width", v -> map(v, c -> c >= '!' && c <= '~'
                ? String.valueOf((char) (c + 0xFEE0)) : null)));
        all.add(new Obfuscation("cyrillic-every-letter", v -> map(v, CYRILLIC::get)));
        all.add(new Obfuscation("cyrillic-one-letter", v -> replaceFirst(v, CYRILLIC)));
        all.add(new Obfuscation("greek-every-letter", v -> map(v, GREEK::get)));
        all.add(new Obfuscation("greek-one-letter", v -> replaceFirst(v, GREEK)));
        all.add(new Obfuscation("mathematical-bold", v -> map(v, c -> mathematical(c, 0x1D400, 0x1D7CE))));
        all.add(new Obfuscation("mathematical-monospace", v -> map(v, c -> mathematical(c, 0x1D670, 0x1D7F6))));
        all.add(new Obfuscation("full-width-at-sign", v -> v.replace("@", "＠")));
        all.add(new Obfuscation("full-width-and-zero-width-space", v -> insertEvery(map(v, c -> c >= '!' && c <= '~'
                ? String.valueOf((char) (c + 0xFEE0)) : null), "\u200B", 3)));
        all.add(new Obfuscation("cyrillic-and-soft-hyphens", v -> insertEvery(map(v, CYRILLIC::get), "\u00AD", 5)));
        return all;
    }

    /**
     * {@code mark} after the first ASCII letter that shares a run of {@code [A-Za-z0-9_-]} with a digit or an
     * underscore (where NFKC composes most letters with it into one accented letter); the value as it is without one.
     */
    static String markLetterOfAToken(String value, String mark) {
        int runStart = 0;
        for (int i = 0; i <= value.length(); i++) {
            boolean inRun = i < value.length() && (Character.isLetterOrDigit(value.charAt(i))
                    || value.charAt(i) == '_' || value.charAt(i) == '-');
            if (!inRun) {
                String run = value.substring(runStart, i);
                if (run.chars().anyMatch(c -> c >= '0' && c <= '9' || c == '_')) {
                    for (int k = runStart; k < i; k++) {
                        char c = value.charAt(k);
                        if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                            return insertAt(value, mark, k + 1);
                        }
                    }
                }
                runStart = i + 1;
            }
        }
        return value;
    }

    static String insertAt(String value, String insert, int at) {
        return value.substring(0, at) + insert + value.substring(at);
    }

    /** {@code insert} after every {@code n} code points, never at either end. */
    static String insertEvery(String value, String insert, int n) {
        StringBuilder out = new StringBuilder();
        int count = 0;
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            if (count > 0 && count % n == 0) {
                out.append(insert);
            }
            out.appendCodePoint(cp);
            count++;
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    interface CharMapping {
        String map(char c);
    }

    static String map(String value, CharMapping mapping) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            String mapped = mapping.map(value.charAt(i));
            out.append(mapped == null ? String.valueOf(value.charAt(i)) : mapped);
        }
        return out.toString();
    }

    static String replaceFirst(String value, Map<Character, String> lookAlikes) {
        for (int i = 0; i < value.length(); i++) {
            String lookAlike = lookAlikes.get(value.charAt(i));
            if (lookAlike != null) {
                return value.substring(0, i) + lookAlike + value.substring(i + 1);
            }
        }
        return value;
    }

    /** The mathematical alphanumeric form of an ASCII letter or digit in the style starting at those code points. */
    static String mathematical(char c, int capitalA, int digitZero) {
        int cp;
        if (c >= 'A' && c <= 'Z') {
            cp = capitalA + (c - 'A');
        } else if (c >= 'a' && c <= 'z') {
            cp = capitalA + 26 + (c - 'a');
        } else if (c >= '0' && c <= '9') {
            cp = digitZero + (c - '0');
        } else {
            return null;
        }
        return new String(Character.toChars(cp));
    }
}
