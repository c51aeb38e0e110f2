package io.interven.plugin.secrets;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A base64-encoded PEM block ({@code LS0tLS1CRUdJTi...}) must decode to the start of a private key block. */
final class Base64PrivateKeyCheck implements SecretValidator {
    private static final int HEADER_CHARS = 80;

    @Override
    public boolean isValid(String encoded) {
        int length = Math.min(encoded.length(), HEADER_CHARS) / 4 * 4;
        String header;
        try {
            header = new String(Base64.getDecoder().decode(encoded.substring(0, length)), StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        int endOfBeginLine = header.indexOf("-----", "-----BEGIN".length());
        return header.startsWith("-----BEGIN ") && endOfBeginLine > 0
                && header.substring(0, endOfBeginLine).contains("PRIVATE KEY");
    }
}
