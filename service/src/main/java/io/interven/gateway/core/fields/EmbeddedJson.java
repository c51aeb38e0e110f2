package io.interven.gateway.core.fields;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Reads a JSON object or array written inside a text, token by token, noting where each string, number and key
 * sits. Every occurrence counts: a key repeated in one object is read each time (the second {@code text} of an
 * object is {@code text~2}), and text after the JSON value is kept as trailing text. Nesting deeper than
 * {@link #MAX_NESTING} is not decoded. Paths are those of {@link JsonPaths}, keys end in {@code |key}.
 */
final class EmbeddedJson {
    static final int MAX_NESTING = JsonTextWalker.MAX_NESTING;
    static final UnaryOperator<String> AS_JSON_STRING =
            text -> "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
            .build();

    /** A string, number or key of the JSON text: its path, the key it belongs to, its text and where it sits. */
    record Token(String path, String key, String text, int start, int end, boolean isKey) {
    }

    /** The tokens of the JSON value, and where the value ends in the text. */
    record Parsed(List<Token> tokens, int end) {
    }

    /** An open object or array. */
    private static final class Container {
        final String path;
        final String key;
        final boolean array;
        final Map<String, Integer> seen = new HashMap<>();
        String valuePath;
        String valueKey;
        int index;

        Container(String path, String key, boolean array) {
            this.path = path;
            this.key = key;
            this.array = array;
        }
    }

    private EmbeddedJson() {
    }

    /** Whether the text starts (after whitespace) like a JSON object or array. */
    static boolean mayBeJson(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '{' || c == '[';
            }
        }
        return false;
    }

    /** The tokens of the JSON value at the start of {@code text}, or empty when it is not well-formed JSON. */
    static Optional<Parsed> parse(String text, String rootPath) {
        List<Token> tokens = new ArrayList<>();
        Deque<Container> open = new ArrayDeque<>();
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                int start = (int) parser.getTokenLocation().getCharOffset();
                Container in = open.peek();
                switch (token) {
                    case START_OBJECT, START_ARRAY -> {
                        String path = in == null ? rootPath : nextValuePath(in);
                        String key = in == null ? null : in.array ? in.key : in.valueKey;
                        open.push(new Container(path, key, token == JsonToken.START_ARRAY));
                    }
                    case END_OBJECT, END_ARRAY -> {
                        open.pop();
                        if (open.isEmpty()) {
                            return Optional.of(new Parsed(tokens, start + 1));
                        }
                    }
                    case FIELD_NAME -> {
                        String name = parser.currentName();
                        int n = in.seen.merge(name, 1, Integer::sum);
                        in.valuePath = JsonPaths.child(in.path, name) + (n > 1 ? "~" + n : "");
                        in.valueKey = name;
                        tokens.add(new Token(in.valuePath + JsonTextWalker.KEY_SUFFIX, name, name, start,
                                stringEnd(text, start), true));
                    }
                    case VALUE_STRING -> tokens.add(new Token(nextValuePath(in), keyOf(in), parser.getText(), start,
                            stringEnd(text, start), false));
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                        String literal = parser.getText();
                        tokens.add(new Token(nextValuePath(in), keyOf(in), JsonNumbers.plainText(literal), start,
                                start + literal.length(), false));
                    }
                    default -> nextValuePath(in);
                }
                if (open.isEmpty()) {
                    return Optional.empty();
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String nextValuePath(Container in) {
        return in.array ? JsonPaths.element(in.path, in.index++) : in.valuePath;
    }

    private static String keyOf(Container in) {
        return in.array ? in.key : in.valueKey;
    }

    /** The offset after the closing quote of the string literal opening at {@code start}. */
    private static int stringEnd(String text, int start) {
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '"') {
                return i + 1;
            } else {
                i++;
            }
        }
        throw new IllegalStateException("unterminated string");
    }
}
