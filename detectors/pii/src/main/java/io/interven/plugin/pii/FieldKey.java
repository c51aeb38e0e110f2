package io.interven.plugin.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a field was filed under, as recognizers compare them: {@code contactPhone}, {@code contact_phone} and
 * {@code Contact-Phone} all have the words {@code contact}, {@code phone} and the compact form {@code contactphone}.
 * A field path ({@code $.data.customer.first_name}, {@code $|form['metadata[ssn]']}) gives the chain of names from
 * the root to the field, without array indexes and decoding layers.
 */
final class FieldKey {
    private static final Pattern LAYER = Pattern.compile("\\|[A-Za-z0-9]+");
    private static final Pattern NAME = Pattern.compile("[^.\\[\\]'$\\s]+");
    private static final Pattern WORD = Pattern.compile("[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+");

    private FieldKey() {
    }

    /** Lower-case letters and digits only: {@code First-Name} and {@code first_name} become {@code firstname}. */
    static String compact(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    /** The lower-case words of a name, split at separators and camel humps: {@code contactPhone}: contact, phone. */
    static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        if (name == null) {
            return words;
        }
        Matcher m = WORD.matcher(name);
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /**
     * The compact names from the root of the body to the field: {@code $.personalizations[0].to[0].name} gives
     * personalizations, to, name. Falls back to the field's key when the path names nothing.
     */
    static List<String> chain(String path, String key) {
        List<String> names = new ArrayList<>();
        Matcher m = NAME.matcher(LAYER.matcher(path).replaceAll(""));
        while (m.find()) {
            String name = compact(m.group());
            if (!name.isEmpty() && !name.chars().allMatch(Character::isDigit)) {
                names.add(name);
            }
        }
        if (names.isEmpty() && key != null && !compact(key).isEmpty()) {
            names.add(compact(key));
        }
        return names;
    }
}
