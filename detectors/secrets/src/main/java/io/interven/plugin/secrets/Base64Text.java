package io.interven.plugin.secrets;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** Decoding of base64 text (standard or URL-safe alphabet, padding optional) that validators inspect. */
final class Base64Text {
    private Base64Text() {
    }

    /** The decoded text when {@code encoded} is base64 of printable UTF-8, otherwise empty. */
    static Optional<String> decodePrintable(String encoded) {
        String unpadded = encoded.replace("=", "");
        if (unpadded.length() % 4 == 1) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = unpadded.indexOf('-') >= 0 || unpadded.indexOf('_') >= 0
                    ? Base64.getUrlDecoder().decode(unpadded)
                    : Base64.getDecoder().decode(unpadded);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        String decoded = new String(bytes, StandardCharsets.UTF_8);
        boolean printable = decoded.chars().allMatch(c -> (c >= 0x20 && c != 0x7f && c != 0xfffd) || c == '\n' || c == '\t');
        return printable ? Optional.of(decoded) : Optional.empty();
    }
}
