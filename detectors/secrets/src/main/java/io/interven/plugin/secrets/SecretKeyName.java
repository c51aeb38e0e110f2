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
 * {@code public_key}) do not count.
 */
final class SecretKeyName {
    /** A key holding any of these words holds a secret. */
    private static final Set<String> SECRET_WORDS = Set.of("password", "passwd", "pwd", "pass", "passphrase",
            "secret", "token", "apikey", "secretkey", "accesskey", "privatekey", "credential", "credentials",
            "authorization", "authtoken", "accesstoken", "refreshtoken", "clientsecret", "masterkey");
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
            "confirmation", "score");

    private SecretKeyName() {
    }

    static boolean looksSecret(String key) {
        if (key == null || key.isBlank() || key.length() > 64) {
            return false;
        }
        List<String> words = words(key);
        if (words.isEmpty() || words.stream().anyMatch(DESCRIPTIVE_WORDS::contains)) {
            return false;
        }
        String joined = String.join("", words);
        if (SECRET_WORDS.contains(joined) || words.stream().anyMatch(SECRET_WORDS::contains)) {
            return true;
        }
        int last = words.size() - 1;
        return words.get(last).equals("key") && words.subList(0, last).stream().anyMatch(KEY_QUALIFIERS::contains);
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
