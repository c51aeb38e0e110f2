package io.interven.plugin.secrets;

import java.util.List;
import java.util.Set;

/**
 * Reads the assignment that a provider's name starts: the rest of the name ({@code _API_TOKEN}, {@code SECRET},
 * {@code  access token}), the separator ({@code =}, {@code :}, {@code :=}, {@code =>}, quotes, or blanks alone) and
 * the value. The name must announce a secret ({@code key}, {@code token}, {@code secret}, ...) and describe nothing
 * else ({@code _id}, {@code _url}, {@code _user}); the provider's name must stand as a word of it (not
 * {@code databox} for {@code box}); the value must be the whole run of token characters there and fit the provider.
 */
final class ProviderAssignment {
    /** The longest name tail (after the provider's name) plus separators: what a match spans besides name and value. */
    static final int LONGEST_CONTEXT = MaxLengths.NAME_TAIL + MaxLengths.SEPARATOR;
    /** Words of a name that announce a secret, as parts of its lower-cased words. */
    private static final List<String> SECRET_STEMS = List.of("key", "token", "secret", "passw", "pwd", "auth",
            "access", "credential", "private", "bearer");
    /** Words that may follow a provider's name glued, in lower case ({@code WEATHERBITAPIKEY}). */
    private static final List<String> GLUED_CONTINUATIONS = List.of("api", "key", "token", "secret", "access",
            "auth", "app", "private", "pass", "pwd", "client", "dev", "personal", "bearer", "live", "prod", "server",
            "service", "master", "admin", "user");
    /** Words of a name that make it name something other than the secret. */
    private static final Set<String> NOT_SECRET_WORDS = Set.of("username", "domain",
            "host", "hostname", "org", "organization", "organisation", "tenant", "workspace", "subdomain", "site",
            "publishable", "pub", "anon", "region", "account", "project", "team", "owner", "example", "sample");
    private static final Set<String> NAME_WORDS = Set.of("api", "key", "keys", "token", "tokens", "secret", "access",
            "private", "auth", "app", "client", "dev", "developer", "personal", "bearer", "live", "prod", "production",
            "server", "service", "master", "admin", "rest", "v1", "v2", "v3", "password", "pass", "credential",
            "credentials", "apikey", "apitoken", "accesstoken", "authtoken", "secretkey", "accesskey", "privatekey",
            "is", "was");
    private static final int MAX_EXTRA_WORDS = 3;
    private static final int MAX_PREFIX = 32;
    /** The shortest provider name that may stand alone as the whole name of a value ({@code beamer = ...}). */
    private static final int MIN_BARE_NAME = 5;

    /** Lengths that bound a match. */
    static final class MaxLengths {
        static final int NAME_TAIL = 64;
        static final int SEPARATOR = 16;

        private MaxLengths() {
        }
    }

    private ProviderAssignment() {
    }

    /**
     * The span of the value assigned to the name that {@code entry}'s keyword starts at {@code [kwStart, kwEnd)} of
     * {@code text}, as {@code start << 32 | end}, reading no further than {@code to}; -1 when there is none.
     */
    static long valueAfter(String text, int kwStart, int kwEnd, int to, ProviderEntry entry) {
        if (!standsAlone(text, kwStart, kwEnd, to) || publicByName(text, kwStart)) {
            return -1;
        }
        boolean bareAllowed = kwEnd - kwStart >= MIN_BARE_NAME && nameStartsAt(text, kwStart);
        long glued = gluedValue(text, kwStart, kwEnd, to, entry);
        if (glued >= 0) {
            return glued;
        }
        int limit = Math.min(to, kwEnd + MaxLengths.NAME_TAIL);
        int i = kwEnd;
        while (i < limit && isNameChar(text.charAt(i))) {
            i++;
        }
        int tailEnd = i;
        int extraWords = 0;
        while (true) {
            int j = i;
            if (j < to && text.charAt(j) == '\\' && j + 1 < to && isQuote(text.charAt(j + 1))) {
                j++;
            }
            boolean closingQuote = j < to && isQuote(text.charAt(j));
            if (closingQuote) {
                j++;
            }
            int blanksStart = j;
            while (j < to && j - blanksStart < 4 && isBlank(text.charAt(j))) {
                j++;
            }
            int blanks = j - blanksStart;
            int operatorEnd = operatorEnd(text, j, to);
            if (operatorEnd > 0) {
                j = operatorEnd;
                int spaceStart = j;
                while (j < to && j - spaceStart < 8 && Character.isWhitespace(text.charAt(j))) {
                    j++;
                }
                if (j < to && text.charAt(j) == '\\' && j + 1 < to && isQuote(text.charAt(j + 1))) {
                    j++;
                }
                if (j < to && isQuote(text.charAt(j))) {
                    j++;
                }
                return valueAt(text, j, to, nameAfterProvider(text, kwStart, kwEnd, tailEnd), entry, bareAllowed);
            }
            int lineEnd = lineBreakEnd(text, j, to);
            if (lineEnd > 0 && !closingQuote) {
                String tail = nameAfterProvider(text, kwStart, kwEnd, tailEnd);
                if (!announcesSecret(tail)) {
                    return -1;
                }
                while (lineEnd < to && lineEnd - j < 8 && isBlank(text.charAt(lineEnd))) {
                    lineEnd++;
                }
                return valueAt(text, lineEnd, to, tail, entry, false);
            }
            if (blanks == 0 || closingQuote) {
                return -1;
            }
            if (j < to && isQuote(text.charAt(j))) {
                return valueAt(text, j + 1, to, nameAfterProvider(text, kwStart, kwEnd, tailEnd), entry, bareAllowed);
            }
            int runEnd = j;
            while (runEnd < to && isNameChar(text.charAt(runEnd))) {
                runEnd++;
            }
            if (extraWords < MAX_EXTRA_WORDS && isNameWords(text, j, runEnd)
                    && runEnd - kwEnd <= MaxLengths.NAME_TAIL) {
                extraWords++;
                i = runEnd;
                tailEnd = runEnd;
                continue;
            }
            return valueAt(text, j, to, nameAfterProvider(text, kwStart, kwEnd, tailEnd), entry, bareAllowed);
        }
    }

    /**
     * The value glued to the name by a {@code -}, {@code _} or {@code .} ({@code zipcodebase-access-<uuid>},
     * {@code signupgeniusPRIVATE.<hex>}): the run of name characters after the provider's name is read as words of a
     * name up to the first word that is not one, and the rest of the run is the value. A run followed by an
     * assignment operator is a name, never a value.
     */
    private static long gluedValue(String text, int kwStart, int kwEnd, int to, ProviderEntry entry) {
        int limit = Math.min(to, kwEnd + MaxLengths.NAME_TAIL + entry.shape().longest() + 1);
        int runEnd = kwEnd;
        while (runEnd < limit && isNameChar(text.charAt(runEnd))) {
            runEnd++;
        }
        if (runEnd == limit && runEnd < to || followedByOperator(text, runEnd, to)) {
            return -1;
        }
        int valueStart = -1;
        int wordStart = kwEnd;
        for (int i = kwEnd; i < runEnd; i++) {
            char c = text.charAt(i);
            if (c != '_' && c != '-' && c != '.') {
                continue;
            }
            if (i > wordStart && !isNameWords(text, wordStart, i)) {
                break;
            }
            if (i > kwEnd) {
                valueStart = i + 1;
            }
            wordStart = i + 1;
        }
        if (valueStart < 0 || valueStart >= runEnd) {
            return -1;
        }
        long span = valueAt(text, valueStart, to, nameAfterProvider(text, kwStart, kwEnd, valueStart - 1), entry, false);
        return span >= 0 && (int) span >= runEnd ? span : -1;
    }

    /** Whether an assignment operator follows {@code at}, after an optional closing quote and a few blanks. */
    private static boolean followedByOperator(String text, int at, int to) {
        int j = at;
        if (j < to && isQuote(text.charAt(j))) {
            j++;
        }
        int blanksStart = j;
        while (j < to && j - blanksStart < 4 && isBlank(text.charAt(j))) {
            j++;
        }
        return operatorEnd(text, j, to) > 0;
    }

    /**
     * Whether {@code [from, to)} is one or more words of a name ({@code SECRET}, {@code key}, {@code API_TOKEN},
     * {@code access-key}), separated by {@code _}, {@code -} or {@code .}.
     */
    private static boolean isNameWords(String text, int from, int to) {
        if (to - from > MaxLengths.NAME_TAIL || from == to) {
            return false;
        }
        for (String word : text.substring(from, to).split("[_.\\-]", -1)) {
            if (!NAME_WORDS.contains(word.toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static long valueAt(String text, int start, int to, String tail, ProviderEntry entry,
                                boolean bareAllowed) {
        boolean bare = false;
        if (!announcesSecret(tail)) {
            if (!bareAllowed || !SecretKeyName.words(tail).isEmpty()) {
                return -1;
            }
            bare = true;
        }
        int limit = Math.min(to, start + entry.shape().longest() + 1);
        int end = start;
        while (end < limit && TokenShape.isValueChar(text.charAt(end))) {
            end++;
        }
        if (end < to && end == limit && TokenShape.isValueChar(text.charAt(end))) {
            return -1;
        }
        while (end > start && text.charAt(end - 1) == '.') {
            end--;
        }
        if (end == start) {
            return -1;
        }
        String value = text.substring(start, end);
        String prefix = entry.shape().prefix();
        if (!entry.shape().fits(value) || ShannonEntropy.bitsPerChar(value) < entry.minEntropy()
                || PlaceholderAllowlist.isPlaceholder(value)
                || entry.shape().alphabet() != TokenShape.Alphabet.UUID
                && !GenericSecretValue.isPlausible(value.substring(prefix.length()))
                || bare && !BareProviderValue.looksIssued(value, entry)) {
            return -1;
        }
        return (long) start << 32 | end;
    }

    /**
     * Whether the name that the provider's name starts at {@code kwStart} begins there: nothing of a name (letters,
     * digits, {@code _}, {@code -}, {@code .}) before it, so {@code beamer = ...} is the provider's name alone and
     * {@code my_beamer = ...} is not.
     */
    private static boolean nameStartsAt(String text, int kwStart) {
        return kwStart == 0 || !isNameChar(text.charAt(kwStart - 1));
    }

    /** The end of a line break ({@code \n}, {@code \r\n}) at {@code at}, or -1. */
    private static int lineBreakEnd(String text, int at, int to) {
        if (at < to && text.charAt(at) == '\n') {
            return at + 1;
        }
        if (at + 1 < to && text.charAt(at) == '\r' && text.charAt(at + 1) == '\n') {
            return at + 2;
        }
        return -1;
    }

    /**
     * Whether the provider's name is a word of the name: no letter or digit glued before it (except a camel-case
     * boundary, {@code corpOktaToken}), and after it a separator, a camel-case boundary or a word that names a
     * secret ({@code WEATHERBITAPIKEY}).
     */
    private static boolean standsAlone(String text, int kwStart, int kwEnd, int to) {
        if (kwStart > 0) {
            char before = text.charAt(kwStart - 1);
            if (Character.isLetterOrDigit(before)
                    && !(Character.isUpperCase(text.charAt(kwStart)) && !Character.isUpperCase(before))) {
                return false;
            }
        }
        if (kwEnd >= to) {
            return false;
        }
        char after = text.charAt(kwEnd);
        if (!Character.isLetterOrDigit(after)) {
            return true;
        }
        if (Character.isUpperCase(after) && Character.isLowerCase(text.charAt(kwEnd - 1))) {
            return true;
        }
        for (String word : GLUED_CONTINUATIONS) {
            if (text.regionMatches(true, kwEnd, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the words of the name before the provider's name make the value public ({@code NEXT_PUBLIC_X_KEY},
     * {@code publishable_x_key}).
     */
    private static boolean publicByName(String text, int kwStart) {
        int i = kwStart;
        while (i > 0 && kwStart - i < MAX_PREFIX && isNameChar(text.charAt(i - 1))) {
            i--;
        }
        if (i == kwStart) {
            return false;
        }
        for (String word : SecretKeyName.words(text.substring(i, kwStart))) {
            if (word.equals("public") || word.equals("publishable") || word.equals("pub")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words of the name that follow the provider's own name: the rest of the name, and the part of the keyword
     * after its first separator when the keyword itself names the secret ({@code wiz_client_secret}).
     */
    private static String nameAfterProvider(String text, int kwStart, int kwEnd, int tailEnd) {
        int separator = -1;
        for (int i = kwStart; i < kwEnd; i++) {
            char c = text.charAt(i);
            if (c == '_' || c == '-' || c == '.' || c == ' ') {
                separator = i;
                break;
            }
        }
        return separator < 0 ? text.substring(kwEnd, tailEnd) : text.substring(separator + 1, tailEnd);
    }

    /** Whether the words after the provider's name announce a secret and describe nothing else. */
    static boolean announcesSecret(String tail) {
        boolean secret = false;
        for (String word : SecretKeyName.words(tail)) {
            if (NOT_SECRET_WORDS.contains(word) || SecretKeyName.isDescriptiveWord(word) || word.endsWith("id")
                    || word.endsWith("ids") || word.endsWith("url") || word.endsWith("uri")
                    || word.endsWith("name") && !word.equals("name")) {
                return false;
            }
            for (String stem : SECRET_STEMS) {
                if (word.contains(stem)) {
                    secret = true;
                    break;
                }
            }
        }
        return secret;
    }

    /** The end of an assignment operator at {@code at} ({@code :=}, {@code =>}, {@code =}, {@code :}), or -1. */
    private static int operatorEnd(String text, int at, int to) {
        if (at >= to) {
            return -1;
        }
        char c = text.charAt(at);
        if (c == ':' || c == '=') {
            if (at + 1 < to && (c == ':' && text.charAt(at + 1) == '=' || c == '=' && text.charAt(at + 1) == '>')) {
                return at + 2;
            }
            if (c == ':' && at + 1 < to && text.charAt(at + 1) == ':') {
                return -1;
            }
            return at + 1;
        }
        return -1;
    }

    private static boolean isNameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
                || c == '.';
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'' || c == '`';
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }
}
