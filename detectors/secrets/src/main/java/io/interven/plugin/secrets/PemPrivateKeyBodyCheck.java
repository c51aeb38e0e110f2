package io.interven.plugin.secrets;

/**
 * A PEM or PGP private key block must carry key material: at least {@value #MIN_KEY_CHARS} base64 characters
 * after the {@code -----BEGIN ... -----} line (escaped {@code \n} and header lines such as {@code Proc-Type:}
 * are not counted). An empty or elided block ({@code ...}) in documentation is not a key.
 */
final class PemPrivateKeyBodyCheck implements SecretValidator {
    static final String NAME = "pem_key_body";
    static final int MIN_KEY_CHARS = 64;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean isValid(String block) {
        int bodyStart = block.indexOf("-----", block.indexOf("-----BEGIN") + "-----BEGIN".length());
        if (bodyStart < 0) {
            return false;
        }
        int bodyEnd = block.indexOf("-----END", bodyStart + 5);
        String body = block.substring(bodyStart + 5, bodyEnd < 0 ? block.length() : bodyEnd).replace("\\n", "\n");
        int keyChars = 0;
        for (String line : body.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.contains(":")) {
                continue;
            }
            for (int i = 0; i < trimmed.length(); i++) {
                char c = trimmed.charAt(i);
                if (Character.isLetterOrDigit(c) || c == '+' || c == '/' || c == '=') {
                    keyChars++;
                }
            }
        }
        return keyChars >= MIN_KEY_CHARS;
    }
}
