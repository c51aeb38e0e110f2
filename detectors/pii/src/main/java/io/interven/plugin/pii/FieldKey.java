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
    /**
     * A word of a name: ASCII letters split at camel humps, digits, and runs of letters of scripts without case
     * (Hangul, CJK, Thai: {@code 여권번호} is one word).
     */
    private static final Pattern WORD =
            Pattern.compile("[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+|[\\p{L}&&[^\\p{Lu}\\p{Ll}\\p{Lt}]]+");

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

    /** The last name of {@link #chain}, or the empty string when the chain is empty. */
    static String lastName(String path, String key) {
        if (endsWithCompactKey(path, key)) {
            return key; // what chainTail answers for it, without its copies
        }
        List<String> tail = chainTail(path, key, 1);
        return tail.isEmpty() ? "" : tail.get(tail.size() - 1);
    }

    /**
     * The last two names of {@link #chain} (fewer when the chain is shorter), found without reading the whole path:
     * what {@link StructuredField#of} looks at.
     */
    static List<String> chainTail(String path, String key) {
        return chainTail(path, key, 2);
    }

    private static List<String> chainTail(String path, String key, int count) {
        String names = path.indexOf('|') < 0 ? path : LAYER.matcher(path).replaceAll("");
        String last = null;
        String parent = null;
        int end = names.length();
        while (end > 0 && parent == null && (last == null || count > 1)) {
            while (end > 0 && isNameDelimiter(names.charAt(end - 1))) {
                end--;
            }
            int start = end;
            while (start > 0 && !isNameDelimiter(names.charAt(start - 1))) {
                start--;
            }
            if (start < end) {
                String name = isCompact(names, start, end) ? names.substring(start, end)
                        : compact(names.substring(start, end));
                if (!name.isEmpty() && !isAllDigits(name)) {
                    if (last == null) {
                        last = name;
                    } else {
                        parent = name;
                    }
                }
            }
            end = start;
        }
        if (last == null) {
            List<String> fallback = new ArrayList<>(1);
            if (key != null && !compact(key).isEmpty()) {
                fallback.add(compact(key));
            }
            return fallback;
        }
        String beside = nameBeside(path, key);
        if (beside != null) {
            return count == 1 ? List.of(beside) : List.of(last, beside);
        }
        return parent == null ? List.of(last) : List.of(parent, last);
    }

    /**
     * The key in compact form when the path does not end with it: the gateway files a value under the name
     * written beside it ({@code {"name": "Date of birth", "value": ...}}, a form-data part, a CSV column). Null
     * when the path spells the key at its end ({@code $.first_name}, {@code $['first name']},
     * {@code $|form['metadata[ssn]']}), or the key is empty or digits only.
     */
    private static String nameBeside(String path, String key) {
        if (key == null) {
            return null;
        }
        String compactKey = compact(key);
        return compactKey.isEmpty() || isAllDigits(compactKey) || endsWithCompact(path, compactKey) ? null
                : compactKey;
    }

    /** Whether the letters and digits of {@code path}, lower-cased, end with {@code compactKey}. */
    private static boolean endsWithCompact(String path, String compactKey) {
        int k = compactKey.length() - 1;
        for (int i = path.length() - 1; i >= 0 && k >= 0; i--) {
            char c = path.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (Character.toLowerCase(c) != compactKey.charAt(k)) {
                    return false;
                }
                k--;
            }
        }
        return k < 0;
    }

    /**
     * Whether {@code path} ends with {@code key} as a whole name ({@code $.records[3].sha} and {@code sha}), the key
     * being its own compact form and not all digits, and the path has no decoding layers: the common case, in which
     * the last name of the chain is the key itself.
     */
    private static boolean endsWithCompactKey(String path, String key) {
        if (key == null || key.isEmpty() || !path.endsWith(key) || path.indexOf('|') >= 0
                || !isCompact(key, 0, key.length()) || isAllDigits(key)) {
            return false;
        }
        int start = path.length() - key.length();
        return start > 0 && isNameDelimiter(path.charAt(start - 1));
    }

    /** What {@link #NAME} does not match: {@code . [ ] ' $} and the characters of {@code \\s}. */
    private static boolean isNameDelimiter(char c) {
        return c == '.' || c == '[' || c == ']' || c == '\'' || c == '$' || c == ' ' || c == '\t' || c == '\n'
                || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** {@code text[start, end)} is lower-case ASCII letters and digits only: its own compact form. */
    private static boolean isCompact(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAllDigits(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (!Character.isDigit(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The compact names from the root of the body to the field: {@code $.personalizations[0].to[0].name} gives
     * personalizations, to, name. Falls back to the field's key when the path names nothing, and ends with the key
     * when the path does not end with it ({@code $.fields[0].value} filed under {@code Date of birth} gives
     * fields, value, dateofbirth).
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
        } else if (!names.isEmpty()) {
            String beside = nameBeside(path, key);
            if (beside != null) {
                names.add(beside);
            }
        }
        return names;
    }
}
