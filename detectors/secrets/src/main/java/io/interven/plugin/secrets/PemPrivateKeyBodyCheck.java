package io.interven.plugin.secrets;

/**
 * A private key block (PEM, OpenSSH, PGP, SSH2) must carry key material: at least {@value #MIN_KEY_CHARS} base64
 * characters between its {@code BEGIN ...} line and its {@code END} line (or the end of a block cut short). Escaped
 * {@code \n} count as line breaks; header lines such as {@code Proc-Type:} or {@code Comment:} are not counted.
 * An empty or elided block ({@code ...}) in documentation is not a key. The armour may be in any case.
 */
final class PemPrivateKeyBodyCheck implements SecretValidator {
    static final int MIN_KEY_CHARS = 64;

    @Override
    public boolean isValid(String block) {
        int begin = indexOfIgnoringCase(block, "BEGIN");
        int bodyStart = begin < 0 ? -1 : block.indexOf('-', begin);
        if (bodyStart < 0) {
            return false;
        }
        while (bodyStart < block.length() && block.charAt(bodyStart) == '-') {
            bodyStart++;
        }
        int bodyEnd = block.indexOf("----", bodyStart);
        String body = block.substring(bodyStart, bodyEnd < 0 ? block.length() : bodyEnd).replace("\\n", "\n");
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

    private static int indexOfIgnoringCase(String text, String word) {
        for (int i = 0; i + word.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, word, 0, word.length())) {
                return i;
            }
        }
        return -1;
    }
}
