package io.interven.plugin.secrets;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognizes values that only look like secrets: documentation examples ({@code AKIAIOSFODNN7EXAMPLE}, the example
 * tokens of the OAuth specifications), templates ({@code ${TOKEN}}, {@code {{ secrets.X }}}, {@code <your-api-key>},
 * {@code %(password)s}), filler ({@code xxxx...}, {@code ****}, {@code 0000...}) and stock words ({@code changeme},
 * {@code dummy}).
 * Applied to every candidate secret of every rule.
 */
final class PlaceholderAllowlist {
    /** Substrings (of the lower-cased value) that mark a value as an example or an instruction to the reader. */
    private static final List<String> MARKERS = List.of(
            "example", "sample", "dummy", "placeholder", "redacted", "changeme", "change_me", "change-me",
            "replaceme", "replace_me", "replace-me", "your_", "your-", "yourapi", "yourkey", "yoursecret", "yourtoken",
            "yourpass", "insert_", "insert-", "_here", "-here", "test123", "fake", "notreal", "not_real", "not-real",
            "xxxx", "****", "....", "1234567", "abcdefg", "a1b2c3", "${", "{{", "}}", "process.env", "os.environ",
            "<secret", "<token", "<password", "<api", "<key");
    /** Whole values that are words, not secrets. */
    private static final Set<String> STOCK_VALUES = Set.of(
            "password", "passwd", "pass", "pwd", "token", "apikey", "api_key", "api-key", "username", "user", "admin",
            "root", "test", "testing", "none", "null", "undefined", "empty", "hunter2");
    /**
     * Values the OAuth 2.0 and OpenID Connect specifications print as their examples (RFC 6749, RFC 6750 and its
     * drafts, OpenID Connect Core), copied into the documentation of every library that implements them: public, so
     * they grant nothing.
     */
    private static final Set<String> PUBLISHED_EXAMPLES = Set.of(
            "2YotnFZFEjr1zCsicMWpAA", "tGzv3JOkF0XG5Qx2TlKWIA", "SplxlOBeZQQYbYS6WxSbIA", "7Fjfp0ZBr1KtDRbnfVdmIw",
            "czZCaGRSa3F0MzpnWDFmQmF0M2JW", "gX1fBat3bV", "s6BhdRkqt3", "mF_9.B5f-4.1JqM", "h480djs93hd8",
            "SlAV32hkKG", "8xLOxBtZp8",
            // AWS's documentation: read without their markers they are random tokens, so they are named here
            "AKIAIOSFODNN7EXAMPLE", "AKIAI44QH8DHBEXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY");
    /**
     * Weak passwords that people really use ({@code password123}, {@code letmein}): placeholders for every rule of a
     * token format, but a weak credential where a password is assigned ({@link PasswordValue}).
     */
    private static final Set<String> WEAK_PASSWORDS = Set.of(
            "secret", "changeit", "letmein", "password1", "password123", "qwerty", "s3cr3t", "topsecret", "supersecret",
            "mysecret", "mypassword");
    private static final Pattern ENVIRONMENT_REFERENCE = Pattern.compile("\\$[A-Za-z_][A-Za-z0-9_]*|%[A-Za-z_][A-Za-z0-9_]*%");
    private static final Pattern ANGLE_BRACKETED = Pattern.compile("<[^<>]+>");
    /**
     * A Python format field ({@code %(db_password)s}): a template. A bare {@code %(} is not enough, random keys
     * contain it by chance ({@code django-insecure-...%(^+=...}).
     */
    private static final Pattern PYTHON_FORMAT_FIELD = Pattern.compile("%\\([A-Za-z_][A-Za-z0-9_.]*\\)");
    /**
     * Longer values are key material (a PEM body, a long token), where a marker is as likely a chance substring of
     * random base64 ({@code fake}, {@code xxxx} turn up in a few percent of 2048-bit keys): only filler counts there.
     */
    private static final int MARKER_MAX_LENGTH = 200;
    private static final int FILLER_RUN = 4;
    private static final double FILLER_SHARE = 0.4;
    /** Rows of a keyboard, along which a run of four characters is a sequence ({@link #withoutSequences}). */
    private static final List<String> KEYBOARD_ROWS = List.of("qwertyuiop", "asdfghjkl", "zxcvbnm", "1234567890");

    private PlaceholderAllowlist() {
    }

    static boolean isPlaceholder(String value) {
        return isTemplate(value) || WEAK_PASSWORDS.contains(value.toLowerCase(Locale.ROOT));
    }

    /**
     * {@link #isPlaceholder} except for the weak passwords people really use: documentation examples, templates,
     * instructions and filler only. Where a password is assigned, {@code password123} is a (weak) credential.
     */
    static boolean isTemplate(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (STOCK_VALUES.contains(lower) || PUBLISHED_EXAMPLES.contains(value)
                || value.length() <= MARKER_MAX_LENGTH && PYTHON_FORMAT_FIELD.matcher(value).find()) {
            return true;
        }
        if (ENVIRONMENT_REFERENCE.matcher(value).matches() || ANGLE_BRACKETED.matcher(value).matches()) {
            // a reference names a variable ($API_KEY, <your-key>); a random token with a $ or brackets around it
            // is a secret dressed as one
            return !GenericSecretValue.isRandomToken(referencedName(value));
        }
        boolean marked = false;
        for (String marker : MARKERS) {
            if (value.length() <= MARKER_MAX_LENGTH && lower.contains(marker)) {
                marked = true;
                break;
            }
        }
        return (marked || isDominatedByFiller(value)) && !hidesRandomToken(value);
    }

    /**
     * Whether {@code value} without its markers and filler runs is a random token of its own
     * ({@link GenericSecretValue#isRandomToken}), sequences taken off too ({@link #withoutSequences}): a secret dressed
     * as an example ({@code ghp_…EXAMPLE}, {@code xoxb-…-sample}, {@code <40 characters>EXAMPLE}) rather than an
     * example. What a real placeholder leaves is
     * a word, a prefix or a few characters ({@code your_api_key_here}, {@code ghp_XXXX…}, {@code my-example-token-123}).
     */
    private static boolean hidesRandomToken(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        StringBuilder kept = new StringBuilder(value.length());
        int i = 0;
        while (i < value.length()) {
            String marker = markerAt(lower, i);
            if (marker != null) {
                i += marker.length();
                continue;
            }
            int run = i + 1;
            while (run < value.length() && value.charAt(run) == value.charAt(i)) {
                run++;
            }
            if (run - i < FILLER_RUN) {
                kept.append(value, i, run);
            }
            i = run;
        }
        String left = withoutSequences(kept.toString());
        return left.length() < value.length() && GenericSecretValue.isRandomToken(left);
    }

    /**
     * {@code value} without its sequences, which entropy misses: four characters or more one or two apart
     * ({@code hijk}, {@code 6789}, {@code wxyz}, {@code d4e5f6g7}) or along a keyboard row ({@code qwer},
     * {@code asdf}). What is left of {@code abcdefghijklmnopqrstuvwxyz…} or {@code a1B2c3D4…} is nothing; of a token
     * with a sequence glued on ({@code <token>EXAMPLEabcdefgh}), the token: however much filler is added, it is taken
     * off again. About 3 random tokens of 40 characters in a thousand lose a few characters to a chance sequence.
     */
    static String withoutSequences(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        boolean[] covered = new boolean[lower.length()];
        for (int stride = 1; stride <= 2; stride++) {
            for (int i = 0; i + 3 * stride < lower.length(); i++) {
                int step = lower.charAt(i + stride) - lower.charAt(i);
                if ((step == 1 || step == -1) && Character.isLetterOrDigit(lower.charAt(i))
                        && lower.charAt(i + 2 * stride) - lower.charAt(i + stride) == step
                        && lower.charAt(i + 3 * stride) - lower.charAt(i + 2 * stride) == step) {
                    for (int k = 0; k <= 3; k++) {
                        covered[i + k * stride] = true;
                    }
                }
            }
        }
        for (int i = 0; i + 4 <= lower.length(); i++) {
            for (String row : KEYBOARD_ROWS) {
                if (row.contains(lower.substring(i, i + 4))) {
                    java.util.Arrays.fill(covered, i, i + 4, true);
                }
            }
        }
        StringBuilder left = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            if (!covered[i]) {
                left.append(value.charAt(i));
            }
        }
        return left.toString();
    }

    /** What a reference names: {@code API_KEY} of {@code $API_KEY}, {@code %API_KEY%} or {@code <API_KEY>}. */
    private static String referencedName(String reference) {
        return reference.charAt(0) == '$' ? reference.substring(1) : reference.substring(1, reference.length() - 1);
    }

    private static String markerAt(String lower, int i) {
        for (String marker : MARKERS) {
            if (lower.startsWith(marker, i)) {
                return marker;
            }
        }
        return null;
    }

    /** True when runs of one repeated character ({@code XXXX}, {@code 0000}) make up a large share of the value. */
    private static boolean isDominatedByFiller(String value) {
        int fillerChars = 0;
        int i = 0;
        while (i < value.length()) {
            int j = i + 1;
            while (j < value.length() && value.charAt(j) == value.charAt(i)) {
                j++;
            }
            if (j - i >= FILLER_RUN) {
                fillerChars += j - i;
            }
            i = j;
        }
        return fillerChars > 0 && fillerChars >= FILLER_SHARE * value.length();
    }
}
