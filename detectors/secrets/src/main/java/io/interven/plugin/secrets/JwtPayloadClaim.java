package io.interven.plugin.secrets;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Reads one string claim of a JSON Web Token's payload (its second segment, base64url): a member of the top-level
 * JSON object, never one nested deeper or inside a string. A payload longer than {@value #MAX_PAYLOAD} characters, a
 * segment that is not base64url, or a payload that is not a JSON object gives nothing. One pass, nesting counted,
 * never recursed into. The claim is read to name the token's issuer, never reported or kept.
 */
final class JwtPayloadClaim {
    static final int MAX_PAYLOAD = 16_384;

    private final String json;
    private int position;

    private JwtPayloadClaim(String json) {
        this.json = json;
    }

    /** The string value of the top-level member {@code name} of the token's payload, if there is one. */
    static Optional<String> of(String token, String name) {
        int first = token.indexOf('.');
        int second = first < 0 ? -1 : token.indexOf('.', first + 1);
        if (second < 0 || second - first - 1 > MAX_PAYLOAD) {
            return Optional.empty();
        }
        String payload;
        try {
            payload = new String(Base64.getUrlDecoder().decode(token.substring(first + 1, second)),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64Url) {
            return Optional.empty();
        }
        return new JwtPayloadClaim(payload).member(name);
    }

    private Optional<String> member(String name) {
        skipWhitespace();
        if (!consume('{')) {
            return Optional.empty();
        }
        String found = null;
        while (true) {
            skipWhitespace();
            if (consume('}')) {
                return Optional.ofNullable(found);
            }
            String key = string();
            skipWhitespace();
            if (key == null || !consume(':')) {
                return Optional.empty();
            }
            skipWhitespace();
            if (position < json.length() && json.charAt(position) == '"') {
                String value = string();
                if (value == null) {
                    return Optional.empty();
                }
                if (key.equals(name)) {
                    found = value;
                }
            } else if (!skipValue()) {
                return Optional.empty();
            } else if (key.equals(name)) {
                found = null;
            }
            skipWhitespace();
            if (!consume(',') && !(position < json.length() && json.charAt(position) == '}')) {
                return Optional.empty();
            }
        }
    }

    /** Skips a value that is not a string: a scalar, or an object or array with everything in it. */
    private boolean skipValue() {
        int depth = 0;
        while (position < json.length()) {
            char c = json.charAt(position);
            if (c == '"') {
                if (string() == null) {
                    return false;
                }
                continue;
            }
            if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                if (depth == 0) {
                    return true;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                return true;
            }
            position++;
        }
        return false;
    }

    /** A JSON string at the position, escapes decoded; null when there is none or it never ends. */
    private String string() {
        if (!consume('"')) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        while (position < json.length()) {
            char c = json.charAt(position++);
            if (c == '"') {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
            } else if (position < json.length()) {
                char escaped = json.charAt(position++);
                if (escaped == 'u') {
                    if (position + 4 > json.length()) {
                        return null;
                    }
                    try {
                        out.append((char) Integer.parseInt(json.substring(position, position + 4), 16));
                    } catch (NumberFormatException e) {
                        return null;
                    }
                    position += 4;
                } else {
                    out.append(escaped);
                }
            }
        }
        return null;
    }

    private boolean consume(char c) {
        if (position < json.length() && json.charAt(position) == c) {
            position++;
            return true;
        }
        return false;
    }

    private void skipWhitespace() {
        while (position < json.length() && " \t\r\n".indexOf(json.charAt(position)) >= 0) {
            position++;
        }
    }
}
