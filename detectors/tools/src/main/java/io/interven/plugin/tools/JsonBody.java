package io.interven.plugin.tools;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON reader for the request bodies recognizers look into: objects become {@link Map}s (in their order),
 * arrays {@link List}s, strings {@link String}s, and every other scalar the {@link Scalar} of its text. Nesting
 * deeper than {@link #MAX_DEPTH} or malformed text is an {@link IllegalArgumentException}; the recognizer then
 * names no principal from the body.
 */
final class JsonBody {
    static final int MAX_DEPTH = 256;

    /** A number, {@code true}, {@code false} or {@code null}, as written. */
    record Scalar(String text) {
    }

    private final String text;
    private int position;

    private JsonBody(String text) {
        this.text = text;
    }

    static Object parse(String json) {
        JsonBody reader = new JsonBody(json);
        Object value = reader.value(0);
        reader.skipWhitespace();
        if (reader.position != json.length()) {
            throw new IllegalArgumentException("trailing data after the JSON value");
        }
        return value;
    }

    /** The members of a JSON object body, empty when the body is not an object or not JSON. */
    static Map<String, Object> objectOrEmpty(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return parse(json) instanceof Map<?, ?> map ? cast(map) : Map.of();
        } catch (IllegalArgumentException malformed) {
            return Map.of();
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("JSON nested too deep");
        }
        skipWhitespace();
        if (position >= text.length()) {
            throw new IllegalArgumentException("unexpected end of JSON");
        }
        char c = text.charAt(position);
        if (c == '{') {
            return object(depth);
        }
        if (c == '[') {
            return array(depth);
        }
        if (c == '"') {
            return string();
        }
        int start = position;
        while (position < text.length() && ",:{}[]\" \t\r\n".indexOf(text.charAt(position)) < 0) {
            position++;
        }
        if (start == position) {
            throw new IllegalArgumentException("unexpected character in JSON");
        }
        return new Scalar(text.substring(start, position));
    }

    private Map<String, Object> object(int depth) {
        Map<String, Object> members = new LinkedHashMap<>();
        position++;
        skipWhitespace();
        if (peek() == '}') {
            position++;
            return members;
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw new IllegalArgumentException("expected a member name");
            }
            String name = string();
            skipWhitespace();
            expect(':');
            members.put(name, value(depth + 1));
            skipWhitespace();
            char next = peek();
            position++;
            if (next == '}') {
                return members;
            }
            if (next != ',') {
                throw new IllegalArgumentException("expected ',' or '}'");
            }
        }
    }

    private List<Object> array(int depth) {
        List<Object> items = new ArrayList<>();
        position++;
        skipWhitespace();
        if (peek() == ']') {
            position++;
            return items;
        }
        while (true) {
            items.add(value(depth + 1));
            skipWhitespace();
            char next = peek();
            position++;
            if (next == ']') {
                return items;
            }
            if (next != ',') {
                throw new IllegalArgumentException("expected ',' or ']'");
            }
        }
    }

    private String string() {
        StringBuilder out = new StringBuilder();
        position++;
        while (position < text.length()) {
            char c = text.charAt(position++);
            if (c == '"') {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (position >= text.length()) {
                break;
            }
            char escaped = text.charAt(position++);
            switch (escaped) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    if (position + 4 > text.length()) {
                        throw new IllegalArgumentException("truncated \\u escape in JSON");
                    }
                    try {
                        out.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("bad \\u escape in JSON");
                    }
                    position += 4;
                }
                default -> out.append(escaped);
            }
        }
        throw new IllegalArgumentException("unterminated JSON string");
    }

    private char peek() {
        if (position >= text.length()) {
            throw new IllegalArgumentException("unexpected end of JSON");
        }
        return text.charAt(position);
    }

    private void expect(char c) {
        if (peek() != c) {
            throw new IllegalArgumentException("expected '" + c + "'");
        }
        position++;
    }

    private void skipWhitespace() {
        while (position < text.length() && " \t\r\n\uFEFF".indexOf(text.charAt(position)) >= 0) {
            position++;
        }
    }
}
