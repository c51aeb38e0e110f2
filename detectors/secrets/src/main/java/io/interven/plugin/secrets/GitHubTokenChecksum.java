package io.interven.plugin.secrets;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * GitHub's token format ({@code ghp_}, {@code gho_}, {@code ghu_}, {@code ghs_}, {@code ghr_}), which npm access tokens
 * ({@code npm_}) share: a four-character prefix, 30 random base62 characters, then the CRC32 of those 30 characters as
 * six base62 digits.
 * Random strings of the same shape pass with a probability of about one in 57 billion.
 */
final class GitHubTokenChecksum implements SecretValidator {
    static final int PREFIX_LENGTH = 4;
    static final int BODY_LENGTH = 36;
    /** The prefixes of the family, GitHub's and npm's. */
    static final List<String> PREFIXES = List.of("ghp_", "gho_", "ghu_", "ghs_", "ghr_", "npm_");
    static final String GITHUB = "GITHUB_TOKEN";
    static final String NPM = "NPM_TOKEN";
    private static final int RANDOM_LENGTH = 30;
    private static final int CHECKSUM_LENGTH = 6;
    private static final Set<String> GITHUB_DOMAINS = Set.of("github.com", "raw.githubusercontent.com");
    private static final Set<String> NPM_DOMAINS = Set.of("npmjs.org", "npmjs.com");

    @Override
    public boolean isValid(String token) {
        return token.length() == PREFIX_LENGTH + BODY_LENGTH && isValidBody(token.substring(PREFIX_LENGTH));
    }

    /** Whether {@code body}, a token without its prefix, is 30 characters and their checksum. */
    static boolean isValidBody(String body) {
        return body.length() == BODY_LENGTH
                && checksumOf(body.substring(0, RANDOM_LENGTH)).equals(body.substring(RANDOM_LENGTH));
    }

    /** Where a token of the family is sent when used properly: {@link #NPM}'s to npm, the others' to GitHub. */
    static Set<String> issuerDomains(String entityType) {
        return entityType.equals(NPM) ? NPM_DOMAINS : GITHUB_DOMAINS;
    }

    /** The six-character checksum GitHub appends to {@code random}. */
    static String checksumOf(String random) {
        CRC32 crc = new CRC32();
        crc.update(random.getBytes(StandardCharsets.US_ASCII));
        return Base62Encoding.encode(crc.getValue(), CHECKSUM_LENGTH);
    }
}
