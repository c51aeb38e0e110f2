package io.interven.plugin.tools;

import io.interven.plugin.tools.GraphqlTokens.Kind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The operations of a GraphQL document and the root fields each selects: what the server executes. A root field
 * is named by the field, never its alias ({@code x: deleteRepository} is {@code deleteRepository}); the fields of an
 * inline fragment ({@code ... on Mutation { ... }}) and of a named fragment spread at the root are root fields too.
 * Arguments, directives, strings, block strings and comments are skipped as the GraphQL grammar says. A document
 * that is not executable GraphQL (a definition that is not an operation or fragment, unbalanced braces or
 * parentheses, a character outside the grammar, no operation at all) is {@link #parse empty}: nothing can be said
 * of it. One pass over the text, nesting counted, never recursed into.
 */
final class GraphqlDocument {
    enum Type { QUERY, MUTATION, SUBSCRIPTION }

    /** One operation: its type, its name (null when anonymous), the root fields and fragments it selects. */
    record Operation(Type type, String name, List<String> fields, List<String> spreads) {
    }

    /** The root fields an operation selects; incomplete when a spread names no fragment of the document. */
    record RootFields(List<String> names, boolean complete) {
    }

    /**
     * A fragment's own root fields and the fragments it spreads (growable lists: a name defined twice, which a server
     * refuses, selects what both definitions do).
     */
    private record Fragment(List<String> fields, List<String> spreads) {
    }

    private final List<Operation> operations;
    private final Map<String, Fragment> fragments;

    private GraphqlDocument(List<Operation> operations, Map<String, Fragment> fragments) {
        this.operations = List.copyOf(operations);
        this.fragments = fragments;
    }

    /** The document's operations; empty when it is not executable GraphQL or defines no operation. */
    static Optional<GraphqlDocument> parse(String text) {
        return new Parser(new GraphqlTokens(text)).document();
    }

    List<Operation> operations() {
        return operations;
    }

    /**
     * The root fields of {@code operation}: its own, then those of the fragments it spreads, directly or through
     * other fragments. A fragment in {@code visited} adds nothing: share one set among the operations of one type
     * whose fields are judged together, so that each fragment is read once however many operations spread it.
     */
    RootFields rootFields(Operation operation, Set<String> visited) {
        List<String> names = new ArrayList<>(operation.fields());
        Deque<String> pending = new ArrayDeque<>(operation.spreads());
        while (!pending.isEmpty()) {
            String name = pending.removeFirst();
            if (!visited.add(name)) {
                continue;
            }
            Fragment fragment = fragments.get(name);
            if (fragment == null) {
                return new RootFields(names, false);
            }
            names.addAll(fragment.fields());
            pending.addAll(fragment.spreads());
        }
        return new RootFields(names, true);
    }

    /** Reads definitions one after the other; a selection set is read with depth counters, without recursion. */
    private static final class Parser {
        private final GraphqlTokens tokens;
        private final List<Operation> operations = new ArrayList<>();
        private final Map<String, Fragment> fragments = new HashMap<>();

        Parser(GraphqlTokens tokens) {
            this.tokens = tokens;
        }

        Optional<GraphqlDocument> document() {
            while (true) {
                Kind kind = tokens.next();
                if (kind == Kind.END) {
                    break;
                }
                if (!definition(kind)) {
                    return Optional.empty();
                }
            }
            return operations.isEmpty() ? Optional.empty()
                    : Optional.of(new GraphqlDocument(operations, fragments));
        }

        /** One definition, its first token read; false when it is not an operation or fragment, or malformed. */
        private boolean definition(Kind first) {
            if (tokens.is('{')) {
                return selection(Type.QUERY, null, false);
            }
            if (first != Kind.NAME) {
                return false;
            }
            Type type;
            boolean fragment = false;
            if (tokens.isName("query")) {
                type = Type.QUERY;
            } else if (tokens.isName("mutation")) {
                type = Type.MUTATION;
            } else if (tokens.isName("subscription")) {
                type = Type.SUBSCRIPTION;
            } else if (tokens.isName("fragment")) {
                type = null;
                fragment = true;
            } else {
                return false;
            }
            String name = null;
            if (tokens.peek() == Kind.NAME) {
                tokens.next();
                name = tokens.text();
            }
            if (fragment && name == null) {
                return false;
            }
            return header() && selection(type, name, fragment);
        }

        /** Skips variable definitions, a type condition and directives up to the opening brace of the selection. */
        private boolean header() {
            while (true) {
                Kind kind = tokens.next();
                if (kind == Kind.END || kind == Kind.ERROR) {
                    return false;
                }
                if (tokens.is('{')) {
                    return true;
                }
                if (tokens.is('(')) {
                    if (!skipArguments()) {
                        return false;
                    }
                } else if (kind != Kind.NAME && !tokens.is('@')) {
                    return false;
                }
            }
        }

        /** Skips a parenthesized list (arguments, variable definitions), its opening parenthesis read. */
        private boolean skipArguments() {
            int parentheses = 1;
            int values = 0;
            while (parentheses > 0) {
                Kind kind = tokens.next();
                if (kind == Kind.END || kind == Kind.ERROR) {
                    return false;
                }
                if (tokens.is('(')) {
                    parentheses++;
                } else if (tokens.is(')')) {
                    parentheses--;
                } else if (tokens.is('{')) {
                    values++;
                } else if (tokens.is('}') && --values < 0) {
                    return false;
                }
            }
            return values == 0;
        }

        /**
         * A selection set, its opening brace read. {@code depth} counts open braces; braces up to {@code root} are
         * the operation's own or inline fragments in it, so a field read at {@code depth == root} is a root field.
         */
        private boolean selection(Type type, String name, boolean fragment) {
            List<String> fields = new ArrayList<>();
            List<String> spreads = new ArrayList<>();
            int depth = 1;
            int root = 1;
            boolean inlineFragmentNext = false;
            boolean directiveName = false;
            while (depth > 0) {
                Kind kind = tokens.next();
                if (kind == Kind.END || kind == Kind.ERROR) {
                    return false;
                }
                if (tokens.is('(')) {
                    if (!skipArguments()) {
                        return false;
                    }
                } else if (tokens.is('@')) {
                    directiveName = true;
                } else if (tokens.is('{')) {
                    if (inlineFragmentNext && depth == root) {
                        root++;
                    }
                    inlineFragmentNext = false;
                    depth++;
                } else if (tokens.is('}')) {
                    if (depth == root) {
                        root--;
                    }
                    depth--;
                } else if (kind == Kind.NAME) {
                    if (directiveName) {
                        directiveName = false;
                    } else if (depth == root) {
                        fields.add(fieldName());
                        inlineFragmentNext = false;
                    }
                } else if (kind == Kind.SPREAD) {
                    if (depth == root && !spread(spreads)) {
                        inlineFragmentNext = true;
                    }
                } else if (!tokens.is(':')) {
                    return false;
                }
            }
            if (fragment) {
                Fragment known = fragments.putIfAbsent(name, new Fragment(fields, spreads));
                if (known != null) {
                    known.fields().addAll(fields);
                    known.spreads().addAll(spreads);
                }
            } else {
                operations.add(new Operation(type, name, fields, spreads));
            }
            return true;
        }

        /** The field of a selection whose first name was just read: the name after the colon of an alias. */
        private String fieldName() {
            String first = tokens.text();
            if (tokens.peekIs(':')) {
                tokens.next();
                if (tokens.peek() == Kind.NAME) {
                    tokens.next();
                    return tokens.text();
                }
            }
            return first;
        }

        /**
         * After {@code ...} at the root: a named spread ({@code ...F}) is recorded and true is answered; an inline
         * fragment ({@code ... on T}, {@code ... @d}, {@code ... {}) answers false, its type condition read.
         */
        private boolean spread(List<String> spreads) {
            if (tokens.peek() != Kind.NAME) {
                return false;
            }
            tokens.next();
            if (tokens.isName("on")) {
                if (tokens.peek() == Kind.NAME) {
                    tokens.next();
                }
                return false;
            }
            spreads.add(tokens.text());
            return true;
        }
    }
}
