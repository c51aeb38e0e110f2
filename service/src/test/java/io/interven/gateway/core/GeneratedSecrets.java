package io.interven.gateway.core;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.zip.CRC32;

/** Random credentials in providers' published formats, for sanitization tests. Each is valid for its format. */
public final class GeneratedSecrets {
    static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
    static final String DIGITS = "0123456789";
    static final String ALNUM = UPPER + LOWER + DIGITS;
    static final String BASE62 = DIGITS + UPPER + LOWER;
    static final String HEX = "0123456789abcdef";

    /**
     * A named format, how to draw one value of it, and which part of the value is the secret (the whole value,
     * or the password of a connection URL).
     */
    public record Format(String name, Function<Random, String> draw, Function<String, String> secretPart) {
        Format(String name, Function<Random, String> draw) {
            this(name, draw, Function.identity());
        }
    }

    private GeneratedSecrets() {
    }

    public static List<Format> formats() {
        return List.of(
                new Format("aws-access-key-id", r -> "AKIA" + chars(r, UPPER + "234567", 16)),
                new Format("github-token", GeneratedSecrets::githubToken),
                new Format("gitlab-token", r -> "glpat-" + chars(r, ALNUM, 20)),
                new Format("slack-bot-token", r -> "xoxb-" + chars(r, DIGITS, 11) + "-" + chars(r, DIGITS, 12) + "-"
                        + chars(r, ALNUM, 24)),
                new Format("stripe-live-key", r -> "sk_live_" + chars(r, ALNUM, 32)),
                new Format("openai-project-key", r -> "sk-proj-" + chars(r, ALNUM, 48)),
                new Format("anthropic-key", r -> "sk-ant-api03-" + chars(r, ALNUM, 80)),
                new Format("google-api-key", r -> "AIza" + chars(r, ALNUM, 35)),
                new Format("sendgrid-key", r -> "SG." + chars(r, ALNUM, 22) + "." + chars(r, ALNUM, 43)),
                new Format("npm-token", r -> checksummed("npm_", r)),
                new Format("huggingface-token", r -> "hf_" + chars(r, UPPER + LOWER, 34)),
                new Format("digitalocean-token", r -> "dop_v1_" + chars(r, HEX, 64)),
                new Format("shopify-token", r -> "shpat_" + chars(r, HEX, 32)),
                new Format("jwt", GeneratedSecrets::jwt),
                new Format("postgres-url-password", r -> "postgres://app:" + chars(r, ALNUM, 18)
                        + "@db-" + chars(r, LOWER, 6) + ".internal:5432/app",
                        url -> url.substring("postgres://app:".length(), url.indexOf('@'))),
                new Format("slack-webhook-url", r -> "https://hooks.slack.com/services/T" + chars(r, UPPER + DIGITS, 9)
                        + "/B" + chars(r, UPPER + DIGITS, 9) + "/" + chars(r, ALNUM, 24)));
    }

    static String chars(Random random, String alphabet, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    static String githubToken(Random random) {
        return checksummed("ghp_", random);
    }

    /** prefix + 30 random base62 + the base62 CRC32 of those 30 (the format of GitHub and npm tokens). */
    static String checksummed(String prefix, Random random) {
        String body = chars(random, ALNUM, 30);
        CRC32 crc = new CRC32();
        crc.update(body.getBytes(StandardCharsets.US_ASCII));
        long value = crc.getValue();
        char[] digits = new char[6];
        for (int i = 5; i >= 0; i--) {
            digits[i] = BASE62.charAt((int) (value % 62));
            value /= 62;
        }
        return prefix + body + new String(digits);
    }

    static String jwt(Random random) {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        String header = url.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = url.encodeToString(("{\"sub\":\"" + chars(random, ALNUM, 12) + "\",\"iat\":"
                + (1_700_000_000 + random.nextInt(50_000_000)) + "}").getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + "." + chars(random, ALNUM + "-_", 43);
    }
}
