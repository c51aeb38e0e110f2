package io.interven.plugin.secrets;

/**
 * Base64 as it is pasted: wrapped at 64 or 76 columns with CRLF, LF, escaped {@code \n} or blanks between the lines.
 * Strips every separator, leaving the base64 characters (and padding) only.
 */
final class WrappedBase64 {
    private WrappedBase64() {
    }

    static String unwrapped(String wrapped) {
        StringBuilder out = new StringBuilder(wrapped.length());
        for (int i = 0; i < wrapped.length(); i++) {
            char c = wrapped.charAt(i);
            if (c == '\\' && i + 1 < wrapped.length() && (wrapped.charAt(i + 1) == 'n' || wrapped.charAt(i + 1) == 'r')) {
                i++;
            } else if (!Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
