package io.interven.plugin.secrets;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * GitHub's token format ({@code ghp_}, {@code gho_}, {@code ghu_}, {@code ghs_}, {@code ghr_}), which npm access tokens
 * ({@code npm_}) share: a four-character prefix, 30 random base62 characters, then the CRC32 of those 30 characters as
 * six base62 digits.
 * Random strings of the same shape pass with a probability of about one in 57 billion.
 */
final class GitHubTokenChecksum implements SecretValidator {
    private static final int PREFIX_LENGTH = 4;
    private static final int RANDOM_LENGTH = 30;
    private static final int CHECKSUM_LENGTH = 6;

    @Override
    public boolean isValid(String token) {
        if (token.length() != PREFIX_LENGTH + RANDOM_LENGTH + CHECKSUM_LENGTH) {
            return false;
        }
        String random = token.substring(PREFIX_LENGTH, PREFIX_LENGTH + RANDOM_LENGTH);
        return checksumOf(random).equals(token.substring(PREFIX_LENGTH + RANDOM_LENGTH));
    }

    /** The six-character checksum GitHub appends to {@code random}. */
    static String checksumOf(String random) {
        CRC32 crc = new CRC32();
        crc.update(random.getBytes(StandardCharsets.US_ASCII));
        return Base62Encoding.encode(crc.getValue(), CHECKSUM_LENGTH);
    }
}
