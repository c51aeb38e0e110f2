package io.interven.plugin.secrets;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A base64-encoded PEM block ({@code LS0tLS1CRUdJTi...}), wrapped or not, must decode to the start of a private key
 * block and hold at least {@value #MIN_BASE64_CHARS} base64 characters.
 */
final class Base64PrivateKeyCheck implements SecretValidator {
    private static final int HEADER_CHARS = 80;
    static final int MIN_BASE64_CHARS = 200;

    @Override
    public boolean isValid(String wrapped) {
        String encoded = WrappedBase64.unwrapped(wrapped);
        if (encoded.length() < MIN_BASE64_CHARS) {
            return false;
        }
        int length = Math.min(encoded.length(), HEADER_CHARS) / 4 * 4;
        String header;
        try {
            header = new String(Base64.getDecoder().decode(encoded.substring(0, length)), StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        int endOfBeginLine = header.indexOf("-----", "-----BEGIN".length());
        return header.regionMatches(true, 0, "-----BEGIN ", 0, "-----BEGIN ".length()) && endOfBeginLine > 0
                && header.substring(0, endOfBeginLine).toUpperCase(java.util.Locale.ROOT).contains("PRIVATE KEY");
    }
}
