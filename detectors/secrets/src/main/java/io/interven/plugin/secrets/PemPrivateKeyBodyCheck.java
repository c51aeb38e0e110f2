package io.interven.plugin.secrets;

/**
 * A private key block (PEM, OpenSSH, PGP, SSH2) must carry key material: at least {@value #MIN_KEY_CHARS} base64
 * characters between its {@code BEGIN ...} line and its {@code END} line (or the end of a block cut short). Escaped
 * {@code \n} count as line breaks; header lines such as {@code Proc-Type:} or {@code Comment:} are not counted.
 * An empty or elided block ({@code ...}) in documentation is not a key. The armour may be in any case.
 * <p>
 * A complete block (BEGIN header, body, END footer) is unambiguous, so a shorter body is accepted there, from
 * {@value #MIN_FRAMED_KEY_CHARS} characters, when every body line is one base64 word and the body mixes upper case,
 * lower case and digits: prose ({@code paste your key here}), placeholders ({@code xxxx}) and a truncated example
 * line stay refused. A block cut short (no END footer) still needs {@value #MIN_KEY_CHARS}.
 */
final class PemPrivateKeyBodyCheck implements SecretValidator {
    static final int MIN_KEY_CHARS = 64;
    static final int MIN_FRAMED_KEY_CHARS = 32;

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
        boolean base64Words = true;
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        for (String line : body.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.contains(":")) {
                continue;
            }
            for (int i = 0; i < trimmed.length(); i++) {
                char c = trimmed.charAt(i);
                if (Character.isLetterOrDigit(c) || c == '+' || c == '/' || c == '=') {
                    keyChars++;
                    upper |= c >= 'A' && c <= 'Z';
                    lower |= c >= 'a' && c <= 'z';
                    digit |= c >= '0' && c <= '9';
                } else if (!(c == '"' || c == '\'' || c == '\\' || c == ',')) {
                    base64Words = false;
                }
            }
        }
        if (keyChars >= MIN_KEY_CHARS) {
            return true;
        }
        boolean framed = bodyEnd >= 0;
        return framed && keyChars >= MIN_FRAMED_KEY_CHARS && base64Words && upper && lower && digit;
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
