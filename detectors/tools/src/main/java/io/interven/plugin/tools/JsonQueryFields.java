package io.interven.plugin.tools;

import java.util.ArrayList;
import java.util.List;

/**
 * The GraphQL requests of a body in JSON: the top-level object, or each object of a top-level array (a batch), with
 * its {@code "query"} members and its {@code "operationName"}. Every {@code query} counts, duplicates included; one
 * whose value is not a string is reported as an empty document (which no one can call read-only). The operation name
 * is the value of the only string {@code operationName} member, and null when there is none or several. One pass,
 * no recursion: nesting is only counted. Malformed JSON is an {@link IllegalArgumentException}.
 */
final class JsonQueryFields {
    private static final String QUERY = "query";
    private static final String OPERATION_NAME = "operationName";

    /** One request object: its documents and the operation it names (null when none, or several). */
    record Request(List<String> documents, String operationName) {
        Request {
            documents = List.copyOf(documents);
        }
    }

    /** A request object being read. */
    private static final class Reading {
        private final List<String> documents = new ArrayList<>();
        private String operationName;
        private int operationNames;

        Request request() {
            return new Request(documents, operationNames == 1 ? operationName : null);
        }
    }

    private final String text;
    private int position;

    private JsonQueryFields(String text) {
        this.text = text;
    }

    static List<Request> of(String json) {
        return new JsonQueryFields(json).read();
    }

    private List<Request> read() {
        List<Reading> requests = new ArrayList<>();
        Reading current = null;
        boolean topIsArray = false;
        boolean secondIsObject = false;
        int depth = 0;
        boolean expectingKey = false;
        String pendingKey = null;
        boolean afterColon = false;
        while (true) {
            skipWhitespace();
            if (position >= text.length()) {
                break;
            }
            char c = text.charAt(position);
            boolean memberLevel = depth == 1 && !topIsArray || depth == 2 && topIsArray && secondIsObject;
            if (c == '{' || c == '[') {
                if (afterColon && memberLevel && QUERY.equals(pendingKey)) {
                    current.documents.add("");
                }
                if (c == '{' && (depth == 0 || depth == 1 && topIsArray)) {
                    current = new Reading();
                    requests.add(current);
                }
                if (depth == 0) {
                    topIsArray = c == '[';
                } else if (depth == 1) {
                    secondIsObject = c == '{';
                }
                depth++;
                expectingKey = c == '{';
                afterColon = false;
                position++;
            } else if (c == '}' || c == ']') {
                depth--;
                if (depth < 0) {
                    throw new IllegalArgumentException("unbalanced JSON");
                }
                expectingKey = false;
                afterColon = false;
                position++;
                if (depth == 0) {
                    skipWhitespace();
                    if (position < text.length()) {
                        throw new IllegalArgumentException("trailing data after the JSON value");
                    }
                }
            } else if (c == ',') {
                expectingKey = isObjectAt(depth, topIsArray, secondIsObject);
                afterColon = false;
                position++;
            } else if (c == ':') {
                afterColon = true;
                position++;
            } else if (c == '"') {
                String value = readString();
                if (expectingKey) {
                    pendingKey = value;
                    expectingKey = false;
                } else if (afterColon && memberLevel && QUERY.equals(pendingKey)) {
                    current.documents.add(value);
                } else if (afterColon && memberLevel && OPERATION_NAME.equals(pendingKey)) {
                    current.operationName = value;
                    current.operationNames++;
                }
                afterColon = false;
            } else {
                int start = position;
                while (position < text.length() && ",:{}[]\" \t\r\n".indexOf(text.charAt(position)) < 0) {
                    position++;
                }
                if (afterColon && memberLevel && QUERY.equals(pendingKey)) {
                    current.documents.add("");
                }
                if (start == position) {
                    throw new IllegalArgumentException("unexpected character in JSON");
                }
                afterColon = false;
            }
        }
        if (depth != 0) {
            throw new IllegalArgumentException("unbalanced JSON");
        }
        return requests.stream().map(Reading::request).toList();
    }

    /** Whether the container open at {@code depth} is an object; deeper than two levels it does not matter. */
    private static boolean isObjectAt(int depth, boolean topIsArray, boolean secondIsObject) {
        if (depth == 1) {
            return !topIsArray;
        }
        return depth == 2 && secondIsObject;
    }

    private void skipWhitespace() {
        while (position < text.length() && " \t\r\n\uFEFF".indexOf(text.charAt(position)) >= 0) {
            position++;
        }
    }

    private String readString() {
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
                    out.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
                    position += 4;
                }
                default -> out.append(escaped);
            }
        }
        throw new IllegalArgumentException("unterminated JSON string");
    }
}
