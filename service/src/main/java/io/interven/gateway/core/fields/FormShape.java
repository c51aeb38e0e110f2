package io.interven.gateway.core.fields;

/**
 * Whether a text has the shape of a form, {@code name[=value](&name[=value])*}, with names of
 * {@code [A-Za-z0-9_.\-\[\]%~+*]} and values without {@code &} or whitespace. One pass over the text, no regex:
 * a regex with a repeated group recurses once per pair and overflows the stack on long forms.
 */
final class FormShape {
    private FormShape() {
    }

    static boolean matches(String text) {
        if (text.isEmpty()) {
            return false;
        }
        boolean inName = true;
        int nameLength = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '&') {
                if (inName && nameLength == 0) {
                    return false;
                }
                inName = true;
                nameLength = 0;
            } else if (Character.isWhitespace(c)) {
                return false;
            } else if (inName) {
                if (c == '=') {
                    if (nameLength == 0) {
                        return false;
                    }
                    inName = false;
                } else if (isNameChar(c)) {
                    nameLength++;
                } else {
                    return false;
                }
            }
        }
        return !inName || nameLength > 0;
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.'
                || c == '-' || c == '[' || c == ']' || c == '%' || c == '~' || c == '+' || c == '*';
    }
}
