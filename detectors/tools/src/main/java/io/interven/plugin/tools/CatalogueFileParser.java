package io.interven.plugin.tools;

import io.interven.spi.ToolMatch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the catalogue text format (see the module README): one entry a line, five columns separated by white
 * space, {@code METHOD[|METHOD] HOST[,HOST] PATH TOOL OPERATION}, where OPERATION {@code graphql} classifies GraphQL
 * requests; a vendor line of three columns, {@code VENDOR TOOL HOST[,HOST]}; or a GraphQL field line of five,
 * {@code GRAPHQL TOOL query|mutation FIELD OPERATION}, for a tool with a GraphQL endpoint. {@code #} starts a
 * comment. A malformed line fails the whole catalogue, naming the source and the line.
 */
final class CatalogueFileParser {
    static final String VENDOR = "VENDOR";
    static final String GRAPHQL = "GRAPHQL";
    private static final int GRAPHQL_COLUMNS = 5;
    private static final int ENTRY_COLUMNS = 5;
    private static final int VENDOR_COLUMNS = 3;

    /** The entries and vendors of one catalogue file, in file order. */
    record Parsed(List<CatalogueEntry> entries, List<VendorHosts> vendors) {
        Parsed {
            entries = List.copyOf(entries);
            vendors = List.copyOf(vendors);
        }
    }

    private CatalogueFileParser() {
    }

    static Parsed parse(String sourceName, String text) {
        List<CatalogueEntry> entries = new ArrayList<>();
        List<VendorHosts> vendors = new ArrayList<>();
        Map<String, GraphqlFieldOperations> graphqlFields = new HashMap<>();
        Set<String> graphqlTools = new HashSet<>();
        String[] lines = text.split("\r?\n", -1);
        List<Integer> graphqlLines = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = stripComment(lines[i]).strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                String[] columns = line.split("\\s+");
                if (columns[0].equals(VENDOR)) {
                    vendors.add(parseVendor(columns, line));
                } else if (columns[0].equals(GRAPHQL)) {
                    graphqlLines.add(i);
                } else {
                    entries.add(parseEntry(columns, line, graphqlFields, graphqlTools));
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(sourceName + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        for (int i : graphqlLines) {
            String line = stripComment(lines[i]).strip();
            try {
                parseGraphqlField(line.split("\\s+"), line, graphqlFields, graphqlTools);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(sourceName + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        if (entries.isEmpty()) {
            throw new IllegalStateException(sourceName + " holds no catalogue entries");
        }
        return new Parsed(entries, vendors);
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }

    private static VendorHosts parseVendor(String[] columns, String line) {
        if (columns.length != VENDOR_COLUMNS) {
            throw new IllegalArgumentException("expected " + VENDOR_COLUMNS + " columns (VENDOR TOOL HOSTS), found "
                    + columns.length + ": " + line);
        }
        return new VendorHosts(requireName(columns[1], "tool"), hosts(columns[2]));
    }

    /** A {@code GRAPHQL TOOL query|mutation FIELD OPERATION} line, for a tool that has a GraphQL endpoint. */
    private static void parseGraphqlField(String[] columns, String line, Map<String, GraphqlFieldOperations> fields,
                                          Set<String> graphqlTools) {
        if (columns.length != GRAPHQL_COLUMNS) {
            throw new IllegalArgumentException("expected " + GRAPHQL_COLUMNS
                    + " columns (GRAPHQL TOOL query|mutation FIELD OPERATION), found " + columns.length + ": " + line);
        }
        String tool = requireName(columns[1], "tool");
        if (!graphqlTools.contains(tool)) {
            throw new IllegalArgumentException("tool " + tool + " has no graphql endpoint line");
        }
        GraphqlDocument.Type type = switch (columns[2]) {
            case "query" -> GraphqlDocument.Type.QUERY;
            case "mutation" -> GraphqlDocument.Type.MUTATION;
            default -> throw new IllegalArgumentException("operation type must be query or mutation: " + columns[2]);
        };
        if (!columns[3].matches("[_A-Za-z][_0-9A-Za-z]*")) {
            throw new IllegalArgumentException("not a GraphQL field name: " + columns[3]);
        }
        fields.get(tool).add(type, columns[3], requireName(columns[4], "operation"));
    }

    private static CatalogueEntry parseEntry(String[] columns, String line, Map<String, GraphqlFieldOperations> fields,
                                             Set<String> graphqlTools) {
        if (columns.length != ENTRY_COLUMNS) {
            throw new IllegalArgumentException("expected " + ENTRY_COLUMNS + " columns (METHOD HOST PATH TOOL OPERATION), found "
                    + columns.length + ": " + line);
        }
        Set<String> methods = new LinkedHashSet<>();
        for (String method : columns[0].split("\\|")) {
            if (!method.matches("[A-Z]+")) {
                throw new IllegalArgumentException("HTTP method must be upper case letters: " + method);
            }
            methods.add(method);
        }
        PathPattern path = PathPattern.parse(columns[2]);
        String tool = requireName(columns[3], "tool");
        String operation = requireName(columns[4], "operation");
        CatalogueOperation named;
        if (operation.equals(CatalogueOperation.GRAPHQL)) {
            graphqlTools.add(tool);
            named = new CatalogueOperation.Graphql(fields.computeIfAbsent(tool, GraphqlFieldOperations::new));
        } else {
            named = new CatalogueOperation.Fixed(new ToolMatch(tool, operation, OperationVerbClassifier.verbOf(operation)));
        }
        return new CatalogueEntry(methods, hosts(columns[1]), path, named);
    }

    private static List<HostMatcher> hosts(String column) {
        return Arrays.stream(column.split(",")).map(HostMatcher::parse).toList();
    }

    private static String requireName(String value, String what) {
        if (!value.equals(value.toLowerCase(Locale.ROOT)) || !value.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException(what + " must be lower-case snake_case: " + value);
        }
        return value;
    }
}
