package io.interven.plugin.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Secrets assigned to a secret-sounding name inside free text: {@code DB_PASSWORD=...} in a pasted .env file,
 * {@code "apiKey": "..."} in a JSON snippet, {@code client_secret: ...} in YAML, {@code ?token=...} in a URL.
 * The name must pass {@link SecretKeyName}, the value {@link GenericSecretValue}. Reports {@code GENERIC_SECRET}.
 * Operators of every common syntax count ({@code =}, {@code :}, {@code :=}, {@code =>}, with aligned blanks), and so
 * do comparisons with a quoted literal ({@code password == "team10"}, {@code creds.Secret != "..."}), which hard-code
 * the credential a program accepts; an unquoted value that a parenthesis follows is a call, not a value. Under a
 * name that holds a password ({@link SecretKeyName#announcesPassword}), a weak but real password
 * ({@code '4ian1234'}, {@code "super$ecret"}, {@code Password=thisismypassword} on a line of its own) is reported
 * too, with {@link PasswordValue#WEAK_CONFIDENCE}: see {@link #wordsAllowed} for when a plain word counts.
 */
final class AssignmentSecretRule extends JavaTextRule {
    static final String ID = "assigned-secret";
    private static final double CONFIDENCE = 0.65;
    /** Blanks allowed on either side of the operator: code aligns its assignments in columns. */
    private static final int MAX_BLANKS = 32;
    static final Pattern ASSIGNMENT = Pattern.compile(
            "(?<![A-Za-z0-9_.\\-])([A-Za-z][A-Za-z0-9_.\\-]{0,63})[\"'`]?[ \\t]{0," + MAX_BLANKS
                    + "}(:=|=>|===?|!==?|=|:)[ \\t]{0," + MAX_BLANKS + "}"
                    + "(?:(?i:bearer|token)[ \\t]{1,4})?(?:(\\\\?[\"'`])((?:(?!\\3)\\S){6,512}+)\\3"
                    + "|([^\\s\"'`,;&<>(){}\\[\\]]{6,512}+))");
    /** Name (64), quote, blanks and operator (68), scheme word (10), quoted value (516). */
    private static final int MAX_LENGTH = 660;
    private static final int MAX_NAME_LENGTH = 64;
    /** How far before a name the {@code arn:} of a resource name is looked for (partition, service, region, account). */
    private static final int ARN_PREFIX_REACH = 160;
    private static final List<String> KEYWORDS = List.of("pass", "pwd", "secret", "token", "key", "credential",
            "authorization");

    AssignmentSecretRule() {
        super(ID, KEYWORDS, MAX_LENGTH);
    }

    @Override
    public List<SecretMatch> findIn(String text, int from, int to) {
        List<SecretMatch> matches = new ArrayList<>();
        Matcher m = TextSecretRule.matcherWithin(ASSIGNMENT, text, from, to);
        int searchFrom = from;
        while (searchFrom < to && find(m, text, searchFrom, to)) {
            boolean quoted = m.group(4) != null;
            int group = quoted ? 4 : 5;
            String name = assignedName(m.group(1));
            String value = m.group(group);
            if (isComparison(m.group(2)) && !quoted) {
                searchFrom = m.end(2);
                continue;
            }
            if (quoted && isQuotedAgain(value)) {
                // shell or code concatenation: "'$PRECOMPILE_PASSWORD'", "' + secret + '"
                searchFrom = m.end(2);
                continue;
            }
            if (!quoted && isReferenceOrPattern(value) || isInsideArn(text, m.start(1))
                    || isTestResult(m.group(1), m.group(2))) {
                // $CPAN::Config->{password}, @password, /^Unexpected token/, arn:aws:…:secret:name
                searchFrom = m.end();
                continue;
            }
            if (!quoted && m.end(5) < text.length() && text.charAt(m.end(5)) == '(') {
                // a call (password = utf8_to_utf16_dup(v)), not a value
                searchFrom = m.end();
                continue;
            }
            if (GenericSecretValue.isSecretUnder(name, value) || isRandomTokenUnder(m.group(1), value)) {
                matches.add(new SecretMatch(ID, KeyNameSecretRule.ENTITY_TYPE, Set.of(), m.start(group), m.end(group),
                        CONFIDENCE));
                searchFrom = m.end();
            } else if (SecretKeyName.announcesPassword(name) && !SecretKeyName.spellsName(name, value)
                    && PasswordValue.isWeakPassword(value, wordsAllowed(text, m, quoted))) {
                matches.add(new SecretMatch(ID, KeyNameSecretRule.ENTITY_TYPE, Set.of(), m.start(group), m.end(group),
                        PasswordValue.WEAK_CONFIDENCE));
                searchFrom = m.end();
            } else if (SecretKeyName.mayHoldSecret(name)) {
                searchFrom = m.end();
            } else {
                searchFrom = nestedAssignmentStart(text, m.start(group), m.end(group)).orElse(m.end());
            }
        }
        return matches;
    }

    /**
     * A quoted value that is itself wrapped in another pair of quotes ({@code "'$DB_PASSWORD'"}): the quotes of a
     * concatenation or of a nested shell string, not part of a password.
     */
    private static boolean isQuotedAgain(String value) {
        char first = value.charAt(0);
        return isQuote(first) && value.charAt(value.length() - 1) == first;
    }

    /**
     * A random token under a dotted name that announces a secret anywhere ({@code secret.x = q8Zx1Vb7…}): a prefix
     * before a plain last part does not hide a value that looks machine-made.
     */
    private static boolean isRandomTokenUnder(String dottedName, String value) {
        return dottedName.indexOf('.') >= 0 && GenericSecretValue.isRandomToken(value)
                && GenericSecretValue.isSecretUnder(dottedName, value);
    }

    /**
     * What a dotted name assigns to: its last part ({@code tokenData.cidr_whitelist} is a list of addresses,
     * {@code config.password} a password); a name without dots, or ending in one, as written. A random token is also
     * judged under the whole name ({@link #isRandomTokenUnder}).
     */
    private static String assignedName(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot == name.length() - 1 ? name : name.substring(dot + 1);
    }

    /**
     * An unquoted value that is a variable or a regular expression of code: a sigil before a name
     * ({@code $CPAN::Config->{password}}, {@code @password}, {@code ${DB_PASSWORD}}), or a pattern's {@code /^} before
     * a word ({@code /^Unexpected token/}). The name or word must read as one (letters, digits only at its end): a
     * sigil before a random value ({@code $Kq7vT2mZr9xLpW3}) is a disguise, and the value is judged as usual.
     */
    private static boolean isReferenceOrPattern(String value) {
        char first = value.charAt(0);
        if (first == '$' || first == '@') {
            return value.startsWith("{", 1) || startsWithName(value, 1);
        }
        return first == '/' && value.startsWith("^", 1) && startsWithName(value, 2);
    }

    /** Letters (and {@code _}) from {@code at}, then only digits, up to a character no name holds. */
    private static boolean startsWithName(String value, int at) {
        int i = at;
        while (i < value.length() && (Character.isLetter(value.charAt(i)) || value.charAt(i) == '_')) {
            i++;
        }
        if (i == at) {
            return false;
        }
        while (i < value.length() && Character.isDigit(value.charAt(i))) {
            i++;
        }
        return i == value.length() || !Character.isLetterOrDigit(value.charAt(i));
    }

    /**
     * Whether the name at {@code nameStart} is a part of an Amazon resource name ({@code
     * arn:aws:secretsmanager:us-west-2:123456789012:secret:MyDatabaseSecret}): it names where a secret is kept.
     */
    private static boolean isInsideArn(String text, int nameStart) {
        if (nameStart == 0 || text.charAt(nameStart - 1) != ':') {
            return false;
        }
        int wordStart = nameStart - 1;
        while (wordStart > 0 && nameStart - wordStart < ARN_PREFIX_REACH
                && !Character.isWhitespace(text.charAt(wordStart - 1)) && !isQuote(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        return text.regionMatches(true, wordStart, "arn:", 0, 4);
    }

    /**
     * A test run's result line ({@code PASS: gdb.ada/assign_1.exp: changing the language}, DejaGnu and automake):
     * {@code PASS} and {@code XPASS} in capitals before a colon report a test, they announce no password.
     */
    private static boolean isTestResult(String name, String operator) {
        return operator.equals(":") && (name.equals("PASS") || name.equals("XPASS"));
    }

    private static boolean isComparison(String operator) {
        return operator.startsWith("==") || operator.startsWith("!");
    }

    /**
     * Whether a plain word ({@code goodspec}, {@code thisismypassword}) may be a password here: when it is quoted (a
     * string literal assigned or compared to a password name), or on a configuration line of its own
     * ({@code Password=thisismypassword} in an INI, .properties or .env file: the name starts the line, perhaps
     * commented out with {@code #} or {@code ;}, {@code =} without blanks, the value runs to the end of the line or
     * to a {@code #} comment after a blank). Elsewhere an unquoted word is a variable
     * ({@code password: hashedPassword}, {@code password = pw_input;}).
     */
    private static boolean wordsAllowed(String text, Matcher m, boolean quoted) {
        if (quoted) {
            return true;
        }
        if (!m.group(2).equals("=") || m.end(1) != m.start(2) || m.end(2) != m.start(5)) {
            return false;
        }
        int lineStart = skipBlanksBack(text, m.start(1));
        if (lineStart > 0 && isConfigComment(text.charAt(lineStart - 1))) {
            lineStart = skipBlanksBack(text, lineStart - 1);
        }
        if (lineStart > 0 && text.charAt(lineStart - 1) != '\n') {
            return false;
        }
        int end = m.end(5);
        while (end < text.length() && isBlank(text.charAt(end))) {
            end++;
        }
        return end == text.length() || text.charAt(end) == '\n' || text.charAt(end) == '\r'
                || end > m.end(5) && text.charAt(end) == '#';
    }

    private static int skipBlanksBack(String text, int at) {
        int i = at;
        while (i > 0 && isBlank(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** The comment markers of .env, INI and .properties files: a commented-out line still holds the password. */
    private static boolean isConfigComment(char c) {
        return c == '#' || c == ';';
    }

    /**
     * What {@code m.region(from, to).find()} finds (with {@code m} a matcher of {@link #ASSIGNMENT} with transparent
     * bounds), trying the expression only at the names that an operator follows ({@link #nextNameStart}).
     */
    static boolean find(Matcher m, String text, int from, int to) {
        int at = from;
        while ((at = nextNameStart(text, at, to)) >= 0) {
            if (m.region(at, to).lookingAt()) {
                return true;
            }
            at++;
        }
        return false;
    }

    /**
     * The first position in {@code [from, to)} where {@link #ASSIGNMENT} may match: the start of a run of name
     * characters ({@code [A-Za-z0-9_.\-]}, at most {@link #MAX_NAME_LENGTH}, not preceded by one) followed by an
     * optional quote, at most four blanks and {@code :} or {@code =}. Every operator has one such run before it or
     * none, and a match can start nowhere else: inside a run the look-behind fails, and a name ends where its run
     * does. -1 when there is none.
     */
    static int nextNameStart(String text, int from, int to) {
        for (int op = Math.max(from, 0); op < to; op++) {
            char c = text.charAt(op);
            if (c != ':' && c != '=') {
                continue;
            }
            int i = op;
            if (i > 0 && (text.charAt(i - 1) == '!' || text.charAt(i - 1) == '=' && c == '=')) {
                i--;
                if (i > 0 && text.charAt(i - 1) == '!' && c == '=') {
                    i--;
                }
            }
            int operatorStart = i;
            while (i > 0 && operatorStart - i <= MAX_BLANKS && isBlank(text.charAt(i - 1))) {
                i--;
            }
            if (operatorStart - i > MAX_BLANKS) {
                continue;
            }
            if (i > 0 && isQuote(text.charAt(i - 1))) {
                i--;
            }
            int nameEnd = i;
            while (i > 0 && nameEnd - i <= MAX_NAME_LENGTH && isAsciiNameChar(text.charAt(i - 1))) {
                i--;
            }
            if (i < nameEnd && nameEnd - i <= MAX_NAME_LENGTH && i >= from) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'' || c == '`';
    }

    /** The name characters of {@link #ASSIGNMENT}, which are also those its look-behind rules out. */
    private static boolean isAsciiNameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.'
                || c == '-';
    }

    /**
     * Where, inside the value of an assignment whose name announces nothing, a secret-sounding name is assigned in
     * turn ({@code url=https://host/x?api_key=...}, {@code let g:gh_token='...'}, {@code user:password = ...}): the
     * search resumes there. A secret-sounding name is always followed by a skip past its whole match, so each part of
     * the text is searched at most twice.
     */
    private static OptionalInt nestedAssignmentStart(String text, int valueStart, int valueEnd) {
        for (int i = valueStart + 1; i <= valueEnd; i++) {
            if (i < valueEnd ? !isOperator(text.charAt(i)) : !operatorFollows(text, valueEnd)) {
                continue;
            }
            int nameStart = i;
            while (nameStart > valueStart && i - nameStart < MAX_NAME_LENGTH && isNameChar(text.charAt(nameStart - 1))) {
                nameStart--;
            }
            if (nameStart < i && SecretKeyName.mayHoldSecret(text.substring(nameStart, i))) {
                return OptionalInt.of(nameStart);
            }
        }
        return OptionalInt.empty();
    }

    /** Whether an assignment operator follows {@code at}, after a closing quote and a few blanks. */
    private static boolean operatorFollows(String text, int at) {
        int i = at;
        if (i < text.length() && "\"'`".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        for (int blanks = 0; i < text.length() && blanks < 4 && (text.charAt(i) == ' ' || text.charAt(i) == '\t'); blanks++) {
            i++;
        }
        return i < text.length() && isOperator(text.charAt(i));
    }

    private static boolean isOperator(char c) {
        return c == '=' || c == ':';
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-';
    }
}
