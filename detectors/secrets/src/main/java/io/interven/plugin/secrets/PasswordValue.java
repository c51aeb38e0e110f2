package io.interven.plugin.secrets;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How sure a value assigned to a password is a password: {@link Strength#STRONG} when it is long and random enough
 * for the generic rules ({@link GenericSecretValue#isPlausible}), {@link Strength#WEAK} when it is a real but weak
 * password ({@code password123}, {@code 4ian1234}, {@code VMware1!}, {@code dev_admin}), {@link Strength#NONE} for
 * placeholders, templates, references, code and words that only name the field ({@code changeme},
 * {@code YOUR_PASSWORD}, {@code ${VAR}}, {@code <password>}, {@code ****}, {@code $Password}, {@code %pass%},
 * {@code env.DB_PASSWORD}, {@code string}, {@code required}). A weak password is reported with
 * {@link #WEAK_CONFIDENCE}.
 */
final class PasswordValue {
    /** The confidence of a finding whose value is only a weak password. */
    static final double WEAK_CONFIDENCE = 0.5;
    static final int MIN_WEAK_LENGTH = 6;
    static final int MAX_LENGTH = 128;

    enum Strength { NONE, WEAK, STRONG }

    /** Punctuation that closes a sentence or a clause after a value written in prose. */
    private static final String SENTENCE_END = ".,;:!?)";

    /** Printable ASCII without blanks, quotes, brackets, braces, parentheses or separators of code. */
    private static final Pattern PASSWORD_CHARACTERS = Pattern.compile("[!#-&*+\\-./0-9:=?-Z\\\\^_a-z|~]++");
    /**
     * Starts of references, flags, anchors, YAML tags and escapes: {@code $VAR}, {@code %VAR%}, {@code @var},
     * {@code -flag}, {@code #id}, {@code !Ref}, {@code !vault}, {@code \\$_POST}.
     */
    private static final Pattern REFERENCE_START = Pattern.compile("[$%@&*#!\\-\\\\].*");
    /**
     * References to a secret store or another source: {@code arn:aws:secretsmanager:...}, {@code vault:...},
     * {@code op://vault/item}, {@code env:DB_PASSWORD}, {@code file:/run/secrets/db}.
     */
    private static final Pattern STORE_REFERENCE = Pattern.compile(
            "(?i:arn|vault|op|sm|ssm|secretsmanager|keyvault|akv|gcpsm|awssm|env|file|fd|stdin|cmd|exec|ref|k8s"
                    + "|doppler|infisical|azurekeyvault|secretref)(?::|://).*");
    private static final Pattern LETTER = Pattern.compile("[A-Za-z]");
    /** A name followed by a separator and nothing else: {@code application:}, {@code busybox@}. */
    private static final Pattern PREFIX_PART = Pattern.compile("[A-Za-z0-9._\\-]++[:@]");
    /** A function or method call: {@code getPassword()}, {@code os.getenv("DB_PASSWORD")}. */
    private static final Pattern CALL = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$.]*+\\(.*\\)");
    /** Letters (and {@code _}) only, the first lower case: {@code goodspec}, {@code dev_admin}, {@code myPassword}. */
    private static final Pattern LOWER_LED_WORD = Pattern.compile("[a-z][A-Za-z]*+(?:_[A-Za-z]++)*+");
    private static final Pattern ALL_CAPS = Pattern.compile("[A-Z_]++");
    /** Snake-case names that mention what they hold: {@code keyfile_password}, {@code not_a_real_password}. */
    private static final Pattern NAMED_LIKE_A_FIELD = Pattern.compile(
            "(?i)(?=.*_)(?=.*(?:pass|pwd|secret|token|key)).*");
    /** Words that describe a password field rather than fill it (types, labels, states, prose around a flag). */
    private static final Set<String> FIELD_WORDS = Set.of(
            "password", "passwd", "passphrase", "passcode", "pwd", "pass", "secret_here", "token", "apikey",
            "credential", "credentials", "username", "login", "string", "str", "text", "textfield", "input", "field",
            "value", "values", "required", "optional", "hidden", "masked", "visible", "encrypted", "hashed", "unknown",
            "unset", "default", "defaults", "disabled", "enabled", "invalid", "incorrect", "missing", "mismatch",
            "expired", "changed", "updated", "rotated", "reset", "option", "options", "parameter", "parameters",
            "argument", "arguments", "flag", "flags", "switch", "prompt", "instead", "omitted", "provided", "supplied",
            "specified", "blank", "nothing", "anything", "something", "whatever", "variable", "environment", "stdin",
            "interactive", "keyring", "keychain", "vault", "generated", "random", "placeholder", "confirm",
            "confirmation", "password_confirmation", "new_password", "old_password", "current_password", "null",
            "undefined", "define", "defined", "undef", "auto", "automatic", "manual", "none_set", "inherit");

    private PasswordValue() {
    }

    /**
     * The strength of {@code value} where the syntax says it is a password; plain words count only if
     * {@code wordsAllowed}.
     */
    static Strength of(String value, boolean wordsAllowed) {
        if (value.length() > MAX_LENGTH || isWordClosingASentence(value, wordsAllowed)) {
            return Strength.NONE;
        }
        if (!looksLikeCode(value) && GenericSecretValue.isPlausible(value)) {
            return Strength.STRONG;
        }
        return isWeakAsWritten(value, wordsAllowed) ? Strength.WEAK : Strength.NONE;
    }

    /**
     * Whether punctuation that closes a sentence ends the value and what stands before it is no password
     * ({@code password: required.}): the punctuation is the prose's.
     */
    private static boolean isWordClosingASentence(String value, boolean wordsAllowed) {
        int end = value.length();
        while (end > 0 && SENTENCE_END.indexOf(value.charAt(end - 1)) >= 0) {
            end--;
        }
        return end < value.length() && of(value.substring(0, end), wordsAllowed) == Strength.NONE;
    }

    /**
     * A reference, flag, escape, YAML tag, secret-store reference or call ({@code $VAR}, {@code -flag},
     * {@code \\$_POST}, {@code !vault}, {@code arn:aws:secretsmanager:...}, {@code getPassword()}), or
     * the first part of a concatenation or address ({@code "application:" + key}, {@code busybox@}).
     */
    private static boolean looksLikeCode(String value) {
        return REFERENCE_START.matcher(value).matches() || CALL.matcher(value).matches()
                || PREFIX_PART.matcher(value).matches() || STORE_REFERENCE.matcher(value).matches();
    }

    /**
     * A password too short, too regular or too word-like for {@link GenericSecretValue#isPlausible}, but neither a
     * placeholder nor a reference, code or data of another kind. A value of letters only (a plain word such as
     * {@code goodspec}) counts only when {@code wordsAllowed} (a connection string, a password flag, a quoted
     * literal), and never when it is capitalized like a label ({@code Passwort}) or all capitals like a constant
     * ({@code PASSWORD}). Punctuation that closes a sentence ({@code required.}, {@code erforderlich!}) is the
     * prose's when what stands before it is no password.
     */
    static boolean isWeakPassword(String value, boolean wordsAllowed) {
        return !isWordClosingASentence(value, wordsAllowed) && isWeakAsWritten(value, wordsAllowed);
    }

    /** {@link #isWeakPassword} with the sentence's closing punctuation already ruled out (as {@link #of} does). */
    private static boolean isWeakAsWritten(String value, boolean wordsAllowed) {
        if (value.length() < MIN_WEAK_LENGTH || value.length() > MAX_LENGTH
                || !PASSWORD_CHARACTERS.matcher(value).matches()
                || looksLikeCode(value)
                || !LETTER.matcher(value).find()
                || FIELD_WORDS.contains(value.toLowerCase(Locale.ROOT))
                || PlaceholderAllowlist.isTemplate(value)
                || GenericSecretValue.looksLikeOtherData(value)
                || ALL_CAPS.matcher(value).matches()) {
            return false;
        }
        if (LOWER_LED_WORD.matcher(value).matches()) {
            return wordsAllowed && !NAMED_LIKE_A_FIELD.matcher(value).matches();
        }
        return !GenericSecretValue.isWordsOrIdentifier(value);
    }
}
