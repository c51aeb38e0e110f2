package io.interven.plugin.signals.injection;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Cuts a text into the words markers are written in, the same way for a marker's phrase and for the text a call
 * carries, so that spelling does not hide a marker: compatibility forms (full-width letters) and accents are
 * dropped, case does not matter, invisible characters inside a word are ignored, anything that is neither letter
 * nor digit separates words ({@code ignore...previous--instructions} is three words), and each Chinese or Japanese
 * character is a word of its own (those scripts write no spaces). Letters of other scripts that look like Latin
 * letters are read as the Latin letter, with the gateway's table ({@code ascii-confusables.txt}): the gateway hands
 * signals text already folded this way, and a phrase folded the same way still matches it. One pass per step, no
 * regular expression, linear in the text.
 */
final class InjectionWords {
    static final String CONFUSABLES_RESOURCE = "ascii-confusables.txt";
    private static final Map<Integer, String> CONFUSABLES = readConfusables();

    private InjectionWords() {
    }

    /** The words of a text, in order. */
    static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        forEach(text, words::add);
        return words;
    }

    /** Hands each word of a text to {@code word}, in order. */
    static void forEach(String text, Consumer<String> word) {
        if (isAscii(text)) {
            forEachAscii(text, word);
            return;
        }
        forEachCodePoint(folded(text), word);
    }

    /** The words of a text already folded, code point by code point. */
    static void forEachCodePoint(String folded, Consumer<String> word) {
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (type == Character.FORMAT || type == Character.NON_SPACING_MARK) {
                continue;
            }
            if (isWordPerCharacter(c)) {
                flush(current, word);
                word.accept(new String(Character.toChars(c)));
            } else if (Character.isLetterOrDigit(c)) {
                current.appendCodePoint(c);
            } else {
                flush(current, word);
            }
        }
        flush(current, word);
    }

    /**
     * The same words for an all-ASCII text, read character by character: no ASCII character is a format character,
     * a mark or a word of its own, and the letters and digits are {@code [A-Za-z0-9]}, lower-cased.
     */
    private static void forEachAscii(String text, Consumer<String> word) {
        char[] current = new char[Math.min(text.length(), 64)];
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            } else if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                if (length > 0) {
                    word.accept(new String(current, 0, length));
                    length = 0;
                }
                continue;
            }
            if (length == current.length) {
                current = Arrays.copyOf(current, length * 2);
            }
            current[length++] = c;
        }
        if (length > 0) {
            word.accept(new String(current, 0, length));
        }
    }

    private static void flush(StringBuilder current, Consumer<String> word) {
        if (current.length() > 0) {
            word.accept(current.toString());
            current.setLength(0);
        }
    }

    /** Compatibility forms, look-alikes of Latin letters, accents and case folded away. */
    private static String folded(String text) {
        String composed = confusablesFolded(Normalizer.normalize(text, Normalizer.Form.NFKC));
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFKD);
        return confusablesFolded(decomposed).toLowerCase(Locale.ROOT);
    }

    private static String confusablesFolded(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c < 0x80) {
                out.append((char) c);
                continue;
            }
            String latin = CONFUSABLES.get(c);
            if (latin == null) {
                // a lower-case letter whose capital the gateway folds (Cyrillic т, as Т is T) is folded likewise
                String again = CONFUSABLES.get(Character.toUpperCase(c));
                latin = again == null ? CONFUSABLES.get(Character.toLowerCase(c)) : again;
            }
            if (latin == null) {
                out.appendCodePoint(c);
            } else {
                out.append(latin);
            }
        }
        return out.toString();
    }

    private static boolean isWordPerCharacter(int c) {
        if (Character.isIdeographic(c)) {
            return true;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HAN;
    }

    static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static Map<Integer, String> readConfusables() {
        try (InputStream in = InjectionWords.class.getResourceAsStream(CONFUSABLES_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(CONFUSABLES_RESOURCE + " is missing from the plugin");
            }
            Map<Integer, String> table = new HashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.trim().split("\\s+");
                StringBuilder ascii = new StringBuilder();
                for (int i = 1; i < columns.length; i++) {
                    ascii.append((char) Integer.parseInt(columns[i], 16));
                }
                table.put(Integer.parseInt(columns[0], 16), ascii.toString());
            }
            return Map.copyOf(table);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
