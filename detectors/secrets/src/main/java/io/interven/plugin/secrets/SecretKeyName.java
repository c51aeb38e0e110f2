package io.interven.plugin.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a key name (JSON key, query parameter, {@code NAME=} in a .env file) announces a secret value:
 * {@code password}, {@code DB_PASSWD}, {@code client_secret}, {@code apiKey}, {@code X-Api-Key},
 * {@code access_token}, {@code private_key}, {@code api_dev_key}. Names that describe a secret without holding one
 * ({@code token_type}, {@code password_policy}, {@code secret_name}, {@code next_page_token}, {@code max_tokens},
 * {@code public_key}, {@code password_hash}) do not count, nor do names of tokens that are no credentials
 * ({@code csrf_token}, {@code continuation_token}, {@code client_token}).
 */
final class SecretKeyName {
    /** A key holding any of these words holds a secret. */
    private static final Set<String> SECRET_WORDS = Set.of("password", "passwd", "pwd", "pass", "passphrase",
            "secret", "token", "apikey", "secretkey", "accesskey", "privatekey", "credential", "credentials",
            "authorization", "authtoken", "accesstoken", "refreshtoken", "clientsecret", "masterkey");
    /** Parts that every secret-sounding key contains (letters and digits joined, lower-cased): see {@link #mentionsSecretWord}. */
    private static final String[] STEMS = {"pass", "pwd", "secret", "token", "key", "credential", "authorization"};
    /** A key ending in {@code key} holds a secret when one of these words comes before it ({@code api_dev_key}). */
    private static final Set<String> KEY_QUALIFIERS = Set.of("api", "secret", "private", "access", "auth", "signing",
            "encryption", "master", "license", "licence", "app", "client", "service", "account", "admin", "session");
    /** Words that make a key describe or point at a secret rather than hold it. */
    private static final Set<String> DESCRIPTIVE_WORDS = Set.of("type", "types", "name", "names", "id", "ids", "url",
            "uri", "endpoint", "path", "file", "filename", "dir", "length", "len", "count", "size", "ttl", "expiry",
            "expires", "expiration", "expired", "lifetime", "policy", "hint", "prompt", "label", "field", "placeholder",
            "prefix", "suffix", "format", "version", "header", "param", "env", "var", "ref", "arn", "location",
            "reset", "required", "strength", "changed", "updated", "created", "rotated", "rotation", "enabled",
            "disabled", "public", "page", "next", "cursor", "max", "min", "limit", "usage", "tokens", "description",
            "mode", "method", "scheme", "kind", "provider", "manager", "store", "vault", "source", "set", "valid",
            "confirmation", "score", "hash", "hashed", "digest", "checksum", "fingerprint", "sha", "sha1", "sha256",
            "sha512", "md5");

    /**
     * Words before {@code key} that make it a key of something other than an API: {@code cache_key},
     * {@code idempotency_key}, {@code partition_key}, {@code object_key}, {@code translation_key}.
     */
    private static final Set<String> NON_SECRET_KEY_QUALIFIERS = Set.of("cache", "sort", "partition", "primary",
            "foreign", "composite", "unique", "natural", "surrogate", "object", "idempotency", "idempotent", "dedup",
            "dedupe", "deduplication", "lookup", "routing", "row", "range", "group", "index", "map", "message",
            "translation", "i18n", "locale", "lang", "language", "s3", "bucket", "storage", "blob", "file", "media",
            "image", "asset", "content", "cursor", "search", "query", "filter", "column", "table", "schema",
            "attribute", "property", "option", "feature", "flag", "experiment", "variant", "metric", "dimension", "tag",
            "category", "product", "sku", "order", "customer", "user", "request", "trace", "span", "event", "entity",
            "record", "item", "resource", "config", "setting", "settings", "node", "host", "shard", "cluster", "ssh",
            "gpg", "pgp", "kms", "registry", "redis", "hotkey", "shortcut", "keyboard", "music", "react", "list",
            "dict", "json", "yaml", "field", "state", "session", "version", "build", "release", "commit", "branch",
            "region", "zone", "country", "currency", "unit", "type", "label", "name", "id", "publishable", "pub",
            "site", "anon", "browser", "frontend", "mobile");

    private SecretKeyName() {
    }

    static boolean looksSecret(String key) {
        if (key == null || key.isBlank() || key.length() > 64 || !mentionsSecretWord(key)) {
            return false;
        }
        List<String> words = words(key);
        if (words.isEmpty() || words.stream().anyMatch(DESCRIPTIVE_WORDS::contains)
                || namesNonCredentialToken(words)) {
            return false;
        }
        String joined = String.join("", words);
        if (SECRET_WORDS.contains(joined) || words.stream().anyMatch(w -> SECRET_WORDS.contains(w) || isGluedSecretWord(w))) {
            return true;
        }
        int last = words.size() - 1;
        return words.get(last).equals("key") && words.subList(0, last).stream().anyMatch(KEY_QUALIFIERS::contains);
    }

    /**
     * One lower-case word that glues a qualifier to {@code secret} or {@code password} ({@code jwtsecret},
     * {@code appsecret}, {@code dbpassword}, {@code adminpasswd}), as YAML and INI keys often do.
     */
    private static boolean isGluedSecretWord(String word) {
        for (String suffix : GLUED_SUFFIXES) {
            if (word.length() >= suffix.length() + 2 && word.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> GLUED_SUFFIXES = List.of("secret", "password", "passwd");

    /**
     * A name of the shape {@code <something> key} that {@link #looksSecret} does not vouch for
     * ({@code adafruit_io_key}, {@code brandfetchKey}): it may hold an API key of a service no rule knows, or a
     * cache or sort key. Its value counts only when it is a random token ({@link GenericSecretValue#isRandomToken}).
     */
    static boolean mayHoldKey(String key) {
        if (key == null || key.isBlank() || key.length() > 64 || !mentionsSecretWord(key)) {
            return false;
        }
        List<String> words = words(key);
        int last = words.size() - 1;
        return last >= 1 && words.get(last).equals("key") && words.stream().noneMatch(DESCRIPTIVE_WORDS::contains)
                && words.subList(0, last).stream().noneMatch(NON_SECRET_KEY_QUALIFIERS::contains);
    }

    /**
     * Words of a name whose UUID is an identifier or a one-time value rather than a credential: idempotency and client
     * tokens ({@code client} counts only beside {@code token}), request, page, continuation and sync tokens, CSRF tokens, correlation and trace ids, nonces.
     */
    private static final Set<String> ID_OR_NONCE_WORDS = Set.of("idempotency", "idempotent", "request",
            "req", "page", "paging", "pagination", "continuation", "continue", "resume", "sync", "delta", "change",
            "changes", "csrf", "xsrf", "crumb", "forgery", "anti", "correlation", "trace", "tracing", "tracking",
            "nonce", "state", "transaction", "txn", "batch", "job", "task", "upload", "cancel", "cancellation",
            "dedup", "dedupe", "deduplication", "device", "instance", "installation", "install", "invocation", "run",
            "query", "search", "scroll", "marker", "offset", "since", "etag", "revision", "sequence", "seq");
    /** Secret words that name a credential whatever else the name says ({@code password}, {@code api_key}). */
    private static final Set<String> CREDENTIAL_WORDS = Set.of("password", "passwd", "pwd", "pass", "passphrase",
            "secret", "apikey", "secretkey", "accesskey", "privatekey", "credential", "credentials", "masterkey",
            "clientsecret");

    /**
     * A name that {@link #looksSecret} and under which a UUID is a credential: many API keys are UUIDs (Heroku,
     * Jenkins). The name says password, secret, credential or an API, access, private or master key
     * ({@code interseller_PRIVATE_KEY}), or it is a token of something ({@code jenkinsToken}, {@code auth_token},
     * {@code X-Auth-Token}); a bare {@code token} is not enough. Names of identifiers and one-time values
     * ({@link #ID_OR_NONCE_WORDS}: {@code clientToken}, {@code next_page_token}, {@code csrf_token},
     * {@code idempotency_key}) never hold one.
     */
    static boolean mayHoldUuidCredential(String key) {
        if (!looksSecret(key)) {
            return false;
        }
        List<String> words = words(key);
        if (words.stream().anyMatch(ID_OR_NONCE_WORDS::contains)) {
            return false;
        }
        if (words.stream().anyMatch(w -> CREDENTIAL_WORDS.contains(w) || isGluedSecretWord(w))) {
            return true;
        }
        int last = words.size() - 1;
        if (words.get(last).equals("key")) {
            return words.subList(0, last).stream().anyMatch(KEY_QUALIFIERS::contains);
        }
        return !words.contains("client") && (words.size() >= 2 || !words.get(0).equals("token"));
    }

    /**
     * Words of a token's name that make it a token proving nothing about its sender, so no credential: a CSRF token
     * ({@code csrf_token}, {@code authenticity_token}, {@code anti_forgery_token}), a place in a listing or a sync
     * ({@code continuation_token}, {@code syncToken}, {@code resumeToken}, {@code deltaToken}, {@code skipToken}), a
     * captcha's answer ({@code recaptcha_token}), or a client token, public by design (Braintree, Facebook and
     * Datadog hand them to browsers and apps; AWS's {@code clientToken} is an idempotency key).
     */
    private static final Set<String> NON_CREDENTIAL_TOKEN_WORDS = Set.of("csrf", "xsrf", "forgery", "crumb",
            "authenticity", "continuation", "continue", "resume", "sync", "delta", "skip", "scroll", "paging",
            "pagination", "captcha", "recaptcha", "hcaptcha", "turnstile", "client");
    /** Words that may stand beside those in such a name without making it a credential's ({@code X-CSRF-Token}). */
    private static final Set<String> NON_CREDENTIAL_TOKEN_FILLERS = Set.of("x", "anti", "next", "new", "form",
            "request", "verification");

    /**
     * A name made only of {@code token}, one of {@link #NON_CREDENTIAL_TOKEN_WORDS} or {@code request} and
     * {@code verification} together (ASP.NET's {@code __RequestVerificationToken}), and fillers: every other word
     * ({@code access}, {@code session}, {@code secret}, a provider) leaves the name a credential's
     * ({@code client_access_token}, {@code csrf_secret}, Slack's {@code verification_token}).
     */
    private static boolean namesNonCredentialToken(List<String> words) {
        if (words.size() < 2 || !words.get(words.size() - 1).equals("token")) {
            return false;
        }
        boolean named = words.contains("request") && words.contains("verification");
        for (int i = 0; i < words.size() - 1; i++) {
            String word = words.get(i);
            if (NON_CREDENTIAL_TOKEN_WORDS.contains(word)) {
                named = true;
            } else if (!NON_CREDENTIAL_TOKEN_FILLERS.contains(word)) {
                return false;
            }
        }
        return named;
    }

    /** Words of a name that holds a password (rather than a token or key). */
    private static final Set<String> PASSWORD_WORDS = Set.of("password", "passwd", "pwd", "pass", "passphrase",
            "passcode");

    /**
     * A name that {@link #looksSecret} and whose last word (trailing numbers aside) names a password
     * ({@code password}, {@code DB_PASSWD}, {@code AdminPassword}, {@code backend_pass}, {@code ADMIN_PASS_2}, but not
     * {@code password_last_used}): a weak but real password assigned to it is still a credential
     * ({@link PasswordValue}).
     */
    static boolean announcesPassword(String key) {
        if (!looksSecret(key)) {
            return false;
        }
        List<String> words = words(key);
        int last = words.size() - 1;
        while (last > 0 && words.get(last).chars().allMatch(Character::isDigit)) {
            last--;
        }
        String word = words.get(last);
        return PASSWORD_WORDS.contains(word) || !word.endsWith("secret") && isGluedSecretWord(word);
    }

    /**
     * Whether {@code value} spells the name it is assigned to ({@code CHALLENGE_PASSWORD: "challengePassword"}): an
     * enumeration or a label, not a password. Compares letters and digits, lower-cased, with the name's last dotted
     * part.
     */
    static boolean spellsName(String name, String value) {
        String lastPart = name.substring(name.lastIndexOf('.') + 1);
        return !value.isEmpty() && String.join("", words(lastPart)).equals(String.join("", words(value)));
    }

    /** Whether {@code word} (lower case) makes a name describe or point at a secret rather than hold it. */
    static boolean isDescriptiveWord(String word) {
        return DESCRIPTIVE_WORDS.contains(word);
    }

    /** Whether {@link #looksSecret} or {@link #mayHoldKey}: a value filed under {@code key} may be a secret. */
    static boolean mayHoldSecret(String key) {
        // the cheap condition both share, looked at once: most names (id, sha, text) stop here
        if (key == null || key.isBlank() || key.length() > 64 || !mentionsSecretWord(key)) {
            return false;
        }
        return looksSecret(key) || mayHoldKey(key);
    }

    /**
     * A cheap necessary condition of {@link #looksSecret} and {@link #mayHoldKey}: the letters and digits of the key,
     * lower-cased and joined (as {@link #words} would), contain one of {@link #STEMS}. Every word of
     * {@link #SECRET_WORDS} contains a stem, and so does a last word {@code key}. Allocates nothing.
     */
    private static boolean mentionsSecretWord(String key) {
        int n = key.length();
        for (int i = 0; i < n; i++) {
            char first = foldedLetterOrDigit(key.charAt(i));
            if (first != 'p' && first != 's' && first != 't' && first != 'k' && first != 'c' && first != 'a') {
                continue;
            }
            for (String stem : STEMS) {
                if (stem.charAt(0) == first && stemAt(key, i + 1, stem)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the rest of {@code stem} (after its first character) follows at {@code from}, skipping separators. */
    private static boolean stemAt(String key, int from, String stem) {
        int j = 1;
        for (int i = from; i < key.length() && j < stem.length(); i++) {
            char c = foldedLetterOrDigit(key.charAt(i));
            if (c == 0) {
                continue;
            }
            if (c != stem.charAt(j)) {
                return false;
            }
            j++;
        }
        return j == stem.length();
    }

    /** {@code c} lower-cased when it is a letter or digit (as {@link #words} keeps it), otherwise 0. */
    private static char foldedLetterOrDigit(char c) {
        if (c < 128) {
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                return c;
            }
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : 0;
        }
        return Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : 0;
    }

    /** Lower-case words of a key: split at non-letters/digits and at lower-to-upper case changes. */
    static List<String> words(String key) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                flush(word, words);
                continue;
            }
            if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(key.charAt(i - 1))) {
                flush(word, words);
            }
            word.append(Character.toLowerCase(c));
        }
        flush(word, words);
        return words;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString().toLowerCase(Locale.ROOT));
            word.setLength(0);
        }
    }
}
