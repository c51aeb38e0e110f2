package io.interven.plugin.secrets;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A JSON Web Token's first segment must decode (base64url) to a JSON object that names its {@code alg}. */
final class JwtHeaderCheck implements SecretValidator {
    @Override
    public boolean isValid(String token) {
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return false;
        }
        String header;
        try {
            header = new String(Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8).strip();
        } catch (IllegalArgumentException notBase64Url) {
            return false;
        }
        return header.startsWith("{") && header.endsWith("}") && header.contains("\"alg\"");
    }
}
