package io.interven.plugin.tools;

/**
 * The tokens of a GraphQL document, one at a time, as the GraphQL grammar reads them: white space, commas, the byte
 * order mark and {@code #} comments are skipped; strings and block strings are one token; {@code ...} is one token.
 * A character the grammar does not allow outside a string, an unterminated string or a lone {@code .} is
 * {@link Kind#ERROR}. One look-ahead token ({@link #peek()}); a name's text is cut out only when asked for.
 */
final class GraphqlTokens {
    enum Kind { NAME, PUNCTUATOR, SPREAD, STRING, NUMBER, END, ERROR }

    private final String text;
    private int position;
    private Kind kind;
    private int start;
    private int end;
    private boolean peeked;
    private int peekedStart;
    private int peekedEnd;
    private Kind peekedKind;

    GraphqlTokens(String text) {
        this.text = text;
    }

    /** Moves to the next token and answers its kind. */
    Kind next() {
        if (peeked) {
            peeked = false;
            start = peekedStart;
            end = peekedEnd;
            kind = peekedKind;
            return kind;
        }
        return scan();
    }

    /** The kind of the token after the current one, without moving past it. */
    Kind peek() {
        if (!peeked) {
            int currentStart = start;
            int currentEnd = end;
            Kind currentKind = kind;
            peekedKind = scan();
            peekedStart = start;
            peekedEnd = end;
            start = currentStart;
            end = currentEnd;
            kind = currentKind;
            peeked = true;
        }
        return peekedKind;
    }

    /** Whether the token after the current one is the punctuator {@code c}. */
    boolean peekIs(char c) {
        return peek() == Kind.PUNCTUATOR && text.charAt(peekedStart) == c;
    }

    /** The current token's text (a name, a punctuator). */
    String text() {
        return text.substring(start, end);
    }

    /** Whether the current token is the punctuator {@code c}. */
    boolean is(char c) {
        return kind == Kind.PUNCTUATOR && text.charAt(start) == c;
    }

    /** Whether the current token is the name {@code name}, compared without copying it. */
    boolean isName(String name) {
        return kind == Kind.NAME && end - start == name.length() && text.startsWith(name, start);
    }

    private Kind scan() {
        skipIgnored();
        start = position;
        if (position >= text.length()) {
            end = position;
            return kind = Kind.END;
        }
        char c = text.charAt(position);
        if (isNameStart(c)) {
            while (position < text.length() && isNameContinue(text.charAt(position))) {
                position++;
            }
            return token(Kind.NAME);
        }
        if (c == '-' || c >= '0' && c <= '9') {
            position++;
            while (position < text.length() && isNumberPart(text.charAt(position))) {
                position++;
            }
            return token(Kind.NUMBER);
        }
        if (c == '"') {
            return skipString() ? token(Kind.STRING) : token(Kind.ERROR);
        }
        if (text.startsWith("...", position)) {
            position += 3;
            return token(Kind.SPREAD);
        }
        if ("!$&()=:@[]{}|".indexOf(c) >= 0) {
            position++;
            return token(Kind.PUNCTUATOR);
        }
        position = text.length();
        return token(Kind.ERROR);
    }

    private Kind token(Kind found) {
        end = position;
        kind = found;
        return found;
    }

    private void skipIgnored() {
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == '\uFEFF') {
                position++;
            } else if (c == '#') {
                while (position < text.length() && text.charAt(position) != '\n' && text.charAt(position) != '\r') {
                    position++;
                }
            } else {
                return;
            }
        }
    }

    /** Skips a string or block string; false when it never ends. */
    private boolean skipString() {
        if (text.startsWith("\"\"\"", position)) {
            position += 3;
            while (position < text.length()) {
                if (text.startsWith("\\\"\"\"", position)) {
                    position += 4;
                } else if (text.startsWith("\"\"\"", position)) {
                    position += 3;
                    return true;
                } else {
                    position++;
                }
            }
            return false;
        }
        position++;
        while (position < text.length()) {
            char c = text.charAt(position++);
            if (c == '\\') {
                position++;
            } else if (c == '"') {
                return true;
            } else if (c == '\n' || c == '\r') {
                return false;
            }
        }
        return false;
    }

    private static boolean isNameStart(char c) {
        return c == '_' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private static boolean isNameContinue(char c) {
        return isNameStart(c) || c >= '0' && c <= '9';
    }

    private static boolean isNumberPart(char c) {
        return c >= '0' && c <= '9' || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-';
    }
}
