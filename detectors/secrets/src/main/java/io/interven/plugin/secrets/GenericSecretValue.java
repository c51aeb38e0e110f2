package io.interven.plugin.secrets;

import java.util.regex.Pattern;

/**
 * Whether a value filed under a secret-sounding name ({@link SecretKeyName}) is itself secret-like: long enough,
 * random enough ({@value #MIN_ENTROPY} bits per character), no placeholder, and not one of the shapes that such keys
 * also hold: identifiers and references ({@code config.password}, {@code $DB_PASSWORD}, {@code #reset-password}),
 * numbers, booleans, dates, UUIDs, URLs, paths, plain words, and keys that are public by design ({@code pk_live_...}).
 */
final class GenericSecretValue {
    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 512;
    static final double MIN_ENTROPY = 3.0;
    /** Random tokens (API keys) reach about 4.5 bits per character; hex digests stay below 4. */
    static final double MIN_TOKEN_ENTROPY = 4.2;
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_.+/=\\-]{20,512}");
    /** Keys that are public by design: Stripe publishable keys, Mapbox public tokens, PostHog project keys, ... */
    private static final Pattern PUBLIC_KEY = Pattern.compile(
            "(?:pk_live_|pk_test_|pk\\.eyJ|phc_|sb_publishable_|pk-lf-|NRJS-).*");
    private static final Pattern LETTER = Pattern.compile("[A-Za-z]");
    private static final Pattern DIGIT = Pattern.compile("[0-9]");
    private static final Pattern UUID = Pattern.compile(
            "(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9][0-9_.,:]*");
    private static final Pattern DATE_OR_TIME = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}([T ][0-9:.]+(Z|[+-]\\d{2}:?\\d{2})?)?|\\d{1,2}/\\d{1,2}/\\d{2,4}");
    private static final String WORD = "(?:[A-Z]++(?:_[A-Z0-9]++)++|[A-Za-z][a-z]*+(?:[-_]?[A-Z]?[a-z]++)*+)";
    /**
     * Words and identifiers: {@code rotated-yesterday}, {@code getUserToken}, {@code DB_PASSWORD}, {@code env.API_KEY},
     * and names qualified with dots whose parts are letters and underscores alone, in any case
     * ({@code ASLLexer.PASS}, {@code Config.DB_PASS}, {@code settings.SECRET}): a constant of code; any of them after
     * leading underscores ({@code _ALLOWED_PRIVATE_KEY_TYPES}).
     */
    private static final Pattern WORDS_OR_IDENTIFIER = Pattern.compile("_*+(?:" + WORD + "(?:\\." + WORD + ")*+"
            + "|[A-Za-z_]++(?:\\.[A-Za-z_]++)++)");
    private static final Pattern BOOLEAN_OR_NULL = Pattern.compile("(?i)true|false|yes|no|on|off|null|nil|none|undefined");
    private static final Pattern URL = Pattern.compile("(?i)[a-z][a-z0-9+.-]*://.*");
    /** An Amazon resource name ({@code arn:aws:kms:us-west-2:111122223333:key/…}): where a key is, not the key. */
    private static final Pattern RESOURCE_NAME = Pattern.compile("arn:aws[a-z-]*:[a-z0-9-]+:.*");
    /**
     * The scope of a request signature ({@code X-Amz-Credential}, {@code X-Goog-Credential} of a signed URL:
     * {@code AKIA…/20261207/us-east-1/s3/aws4_request}, {@code svc@proj.iam.gserviceaccount.com/20261207/auto/storage/
     * goog4_request}): who signed, on which day, for which region and service. The signature is elsewhere; the key
     * id in it is found by its own rule. Only an AWS or GCS key id or an account's address stands first; the slashes
     * and the at sign may be percent-encoded, as in the URL.
     */
    private static final Pattern SIGNATURE_SCOPE = Pattern.compile(
            "(?:(?:AKIA|ASIA)[A-Z0-9]{16}|GOOG[A-Z0-9]{10,60}|[A-Za-z0-9._+-]{1,64}(?:@|%40)[A-Za-z0-9.-]{1,253})"
                    + "(?:/|%2[Ff])[0-9]{8}(?:(?:/|%2[Ff])[a-z0-9-]{1,32}){2}(?:/|%2[Ff])(?:aws4|goog4)_request");
    /** Leading characters of code fragments rather than of secrets. */
    private static final Pattern CODE_FRAGMENT_START = Pattern.compile("[,:;(\\[{<].*");
    /**
     * Sigils of references and anchors ({@code $API_TOKEN}, {@code #reset-password}, {@code @secret_key}), and the dot
     * of a suffix or selector ({@code .qualifier}).
     */
    private static final Pattern REFERENCE_SIGIL = Pattern.compile("^[#$@.]+");
    private static final Pattern PATH_SEGMENT_SEPARATOR = Pattern.compile("[/#?@:]+");
    private static final Pattern LOWER_CASE_WORD = Pattern.compile("[a-z]{4,}+(?:[-_][a-z]++)*+");

    private GenericSecretValue() {
    }

    static boolean isPlausible(String value) {
        return value.length() >= MIN_LENGTH
                && value.length() <= MAX_LENGTH
                && value.chars().noneMatch(Character::isWhitespace)
                && !CODE_FRAGMENT_START.matcher(value).matches()
                && !UUID.matcher(value).matches()
                && !PUBLIC_KEY.matcher(value).matches()
                && !NUMBER.matcher(value).matches()
                && !DATE_OR_TIME.matcher(value).matches()
                && !WORDS_OR_IDENTIFIER.matcher(REFERENCE_SIGIL.matcher(value).replaceFirst("")).matches()
                && !BOOLEAN_OR_NULL.matcher(value).matches()
                && !URL.matcher(value).matches()
                && !RESOURCE_NAME.matcher(value).matches()
                && !SIGNATURE_SCOPE.matcher(value).matches()
                && !looksLikePath(value)
                && ShannonEntropy.bitsPerChar(value) >= MIN_ENTROPY
                && !PlaceholderAllowlist.isPlaceholder(value);
    }

    /**
     * Values that are data of another kind rather than a password: a UUID, number, date, boolean or null, URL, path,
     * or a key that is public by design.
     */
    static boolean looksLikeOtherData(String value) {
        return UUID.matcher(value).matches()
                || PUBLIC_KEY.matcher(value).matches()
                || NUMBER.matcher(value).matches()
                || DATE_OR_TIME.matcher(value).matches()
                || BOOLEAN_OR_NULL.matcher(value).matches()
                || URL.matcher(value).matches()
                || looksLikePath(value);
    }

    /**
     * Plain words and identifiers ({@code rotated}, {@code getUserToken}, {@code DB_PASSWORD}, {@code env.API_KEY}).
     */
    static boolean isWordsOrIdentifier(String value) {
        return WORDS_OR_IDENTIFIER.matcher(value).matches();
    }

    /**
     * Whether {@code value}, filed under {@code name}, is a secret: any plausible value under a name that announces a
     * secret ({@link SecretKeyName#looksSecret}), or a UUID when the name says which credential it is
     * ({@link #isUuidCredential}), only a random token under a name that may hold an API key
     * ({@link SecretKeyName#mayHoldKey}).
     */
    static boolean isSecretUnder(String name, String value) {
        if (SecretKeyName.looksSecret(name)) {
            return isPlausible(value) || isUuidCredential(name, value);
        }
        return SecretKeyName.mayHoldKey(name) && isRandomToken(value);
    }

    /** The fewest bits per character of a UUID key: {@code 00000000-...} and other runs are placeholders. */
    static final double MIN_UUID_ENTROPY = 3.0;

    /**
     * A UUID under a name that may hold one as a credential ({@link SecretKeyName#mayHoldUuidCredential}): random
     * enough, and no placeholder ({@code 12345678-1234-...}).
     */
    static boolean isUuidCredential(String name, String value) {
        return UUID.matcher(value).matches() && SecretKeyName.mayHoldUuidCredential(name)
                && ShannonEntropy.bitsPerChar(value) >= MIN_UUID_ENTROPY && !PlaceholderAllowlist.isPlaceholder(value);
    }

    /**
     * A plausible value that also looks machine-generated: at least 20 token characters, letters and digits, and at
     * least {@value #MIN_TOKEN_ENTROPY} bits per character (so no hex digest, UUID or phrase).
     */
    static boolean isRandomToken(String value) {
        return TOKEN.matcher(value).matches() && LETTER.matcher(value).find() && DIGIT.matcher(value).find()
                && ShannonEntropy.bitsPerChar(value) >= MIN_TOKEN_ENTROPY && isPlausible(value);
    }

    /**
     * {@code cms/sites/passwords#update}, {@code /en/server@3.0/auth}: slash-separated with a plain word among the
     * segments. Base64 secrets also contain slashes, but rarely a run of four lower-case letters alone between
     * separators, and their {@code +} or {@code =} rules them out here.
     */
    private static boolean looksLikePath(String value) {
        if (value.indexOf('/') < 0 || value.indexOf('+') >= 0 || value.indexOf('=') >= 0) {
            return false;
        }
        for (String segment : PATH_SEGMENT_SEPARATOR.split(value)) {
            if (LOWER_CASE_WORD.matcher(segment).matches()) {
                return true;
            }
        }
        return false;
    }
}
