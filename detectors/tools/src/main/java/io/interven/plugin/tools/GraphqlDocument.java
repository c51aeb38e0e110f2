package io.interven.plugin.tools;

/**
 * Whether a GraphQL document only reads: every operation it defines is a {@code query} (or the {@code { ... }}
 * shorthand of one) or a {@code subscription}, and there is at least one. A {@code mutation} anywhere at the top
 * level, a definition that is not an operation or fragment, unbalanced braces, or no operation at all make it not
 * read-only. One pass over the text, skipping strings, block strings and comments as the GraphQL grammar does;
 * nesting is counted, never recursed into.
 */
final class GraphqlDocument {
    private final String text;
    private int position;

    private GraphqlDocument(String text) {
        this.text = text;
    }

    static boolean isReadOnly(String document) {
        return new GraphqlDocument(document).readsOnly();
    }

    private boolean readsOnly() {
        int braces = 0;
        int parentheses = 0;
        boolean atDefinitionStart = true;
        int operations = 0;
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c == '#') {
                skipComment();
            } else if (c == '"') {
                if (!skipString()) {
                    return false;
                }
            } else if (c == '{') {
                if (braces == 0 && parentheses == 0 && atDefinitionStart) {
                    operations++;
                }
                braces++;
                atDefinitionStart = false;
                position++;
            } else if (c == '}') {
                braces--;
                if (braces < 0) {
                    return false;
                }
                if (braces == 0 && parentheses == 0) {
                    atDefinitionStart = true;
                }
                position++;
            } else if (c == '(') {
                parentheses++;
                position++;
            } else if (c == ')') {
                parentheses--;
                if (parentheses < 0) {
                    return false;
                }
                position++;
            } else if (isNameStart(c)) {
                String name = readName();
                if (braces == 0 && parentheses == 0 && atDefinitionStart) {
                    switch (name) {
                        case "query", "subscription" -> operations++;
                        case "fragment" -> {
                        }
                        default -> {
                            return false;
                        }
                    }
                    atDefinitionStart = false;
                }
            } else {
                position++;
            }
        }
        return braces == 0 && parentheses == 0 && operations > 0;
    }

    private void skipComment() {
        while (position < text.length() && text.charAt(position) != '\n' && text.charAt(position) != '\r') {
            position++;
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
        return c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private String readName() {
        int start = position;
        while (position < text.length() && (isNameStart(text.charAt(position))
                || Character.isDigit(text.charAt(position)) && text.charAt(position) < 128)) {
            position++;
        }
        return text.substring(start, position);
    }
}
