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
 * {@link #MAX_NESTING} is not decoded. Paths are those of {@link JsonPaths}, keys end in {@code |key}. A value is
 * filed under its member name, or in a name/value pair ({@link NameValuePair}) under the name beside it, read once
 * the object closes, so the name may follow the value (a JSON-RPC call's {@code params} under its method); the same
 * keys as {@link JsonTextWalker} gives a tree.
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
        /** Name/value pair reading ({@link NameValuePair}), made at the object's first string or value member. */
        NameValuePair.Finder pair;
        /** The value members: each one's path and where its tokens start and end in the token list. */
        List<int[]> valueRanges;
        List<String> valuePaths;
        /** For each value member, whether it is the {@code params} of a JSON-RPC call rather than a pair's value. */
        List<Boolean> valueIsParams;

        Container(String path, String key, boolean array) {
            this.path = path;
            this.key = key;
            this.array = array;
        }

        /** Notes a member of this object as it starts; names are read after the object, in any order. */
        void member(String name, int tokenIndex) {
            closeMember(tokenIndex);
            boolean params = NameValuePair.isParamsMember(name);
            if (params || NameValuePair.isValueMember(name)) {
                if (valuePaths == null) {
                    valuePaths = new ArrayList<>();
                    valueRanges = new ArrayList<>();
                    valueIsParams = new ArrayList<>();
                }
                valuePaths.add(valuePath);
                valueIsParams.add(params);
                valueRanges.add(new int[] {tokenIndex, -1});
            }
        }

        /** Closes the value range of the member before, if it was a value member. */
        void closeMember(int tokenIndex) {
            if (valueRanges != null && valueRanges.get(valueRanges.size() - 1)[1] < 0) {
                valueRanges.get(valueRanges.size() - 1)[1] = tokenIndex;
            }
        }

        /** A string member's text, for the pair's name. */
        void memberText(String name, String text) {
            if (pair == null) {
                pair = new NameValuePair.Finder();
            }
            pair.member(name, text);
        }

        /** Marks that the object has a value member, which a name can then file. */
        void valueMemberSeen(String name) {
            if (pair == null) {
                pair = new NameValuePair.Finder();
            }
            pair.member(name, null);
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
                        if (in != null && !in.array && (NameValuePair.isValueMember(in.valueKey)
                                || NameValuePair.isParamsMember(in.valueKey))) {
                            in.valueMemberSeen(in.valueKey);
                        }
                        open.push(new Container(path, key, token == JsonToken.START_ARRAY));
                    }
                    case END_OBJECT, END_ARRAY -> {
                        Container closed = open.pop();
                        if (!closed.array) {
                            fileValuesUnderName(closed, tokens);
                        }
                        if (open.isEmpty()) {
                            return Optional.of(new Parsed(tokens, start + 1));
                        }
                    }
                    case FIELD_NAME -> {
                        String name = parser.currentName();
                        int n = in.seen.merge(name, 1, Integer::sum);
                        in.valuePath = JsonPaths.child(in.path, name) + (n > 1 ? "~" + n : "");
                        in.valueKey = name;
                        in.member(name, tokens.size() + 1);
                        tokens.add(new Token(in.valuePath + JsonTextWalker.KEY_SUFFIX, name, name, start,
                                stringEnd(text, start), true));
                    }
                    case VALUE_STRING -> {
                        String value = parser.getText();
                        if (!in.array) {
                            in.memberText(in.valueKey, value);
                        }
                        tokens.add(new Token(nextValuePath(in), keyOf(in), value, start, stringEnd(text, start), false));
                    }
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                        if (!in.array && NameValuePair.isValueMember(in.valueKey)) {
                            in.valueMemberSeen(in.valueKey);
                        }
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

    /**
     * When the object just closed is a name/value pair, files the tokens of its value members (the value, or the
     * elements of an array value at any depth, not the members of an object inside) under the name.
     */
    private static void fileValuesUnderName(Container object, List<Token> tokens) {
        object.closeMember(tokens.size());
        String pairName = object.pair == null ? null : object.pair.name();
        String rpcName = object.pair == null ? null : object.pair.rpcName();
        if ((pairName == null && rpcName == null) || object.valueRanges == null) {
            return;
        }
        for (int v = 0; v < object.valueRanges.size(); v++) {
            String name = object.valueIsParams.get(v) ? rpcName : pairName;
            if (name == null) {
                continue;
            }
            int[] range = object.valueRanges.get(v);
            String valuePath = object.valuePaths.get(v);
            for (int i = range[0]; i < range[1]; i++) {
                Token t = tokens.get(i);
                if (!t.isKey() && isValueOrElement(t.path(), valuePath)) {
                    tokens.set(i, new Token(t.path(), name, t.text(), t.start(), t.end(), false));
                }
            }
        }
    }

    /** {@code path} is {@code valuePath} or an element of it at any depth ({@code valuePath[0][2]}). */
    private static boolean isValueOrElement(String path, String valuePath) {
        if (!path.startsWith(valuePath)) {
            return false;
        }
        for (int i = valuePath.length(); i < path.length(); i++) {
            char c = path.charAt(i);
            if (!(c == '[' || c == ']' || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return path.length() == valuePath.length() || path.charAt(valuePath.length()) == '[';
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
