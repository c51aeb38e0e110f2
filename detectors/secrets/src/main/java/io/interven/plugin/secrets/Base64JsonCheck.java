package io.interven.plugin.secrets;

/**
 * Tokens that carry a base64-encoded JSON object ({@code glc_eyJ...} of Grafana Cloud, {@code sntrys_eyJ..._secret} of
 * Sentry, the older Grafana API keys {@code eyJrIjoi...}): the run of base64 characters that starts at the first
 * {@code eyJ} (base64 of <code>{"</code>) must decode to text that opens a JSON object.
 */
final class Base64JsonCheck implements SecretValidator {
    @Override
    public boolean isValid(String token) {
        int start = token.indexOf("eyJ");
        if (start < 0) {
            return false;
        }
        int end = start;
        while (end < token.length() && isBase64(token.charAt(end))) {
            end++;
        }
        String run = token.substring(start, end);
        return Base64Text.decodePrintable(run.substring(0, run.replace("=", "").length() / 4 * 4))
                .map(json -> json.startsWith("{\"") && json.contains("\":"))
                .orElse(false);
    }

    private static boolean isBase64(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/'
                || c == '=' || c == '-';
    }
}
