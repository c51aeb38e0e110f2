package io.interven.plugin.tools;

import io.interven.spi.ToolMatch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the catalogue text format (see the module README): one entry a line, five columns separated by white
 * space, {@code METHOD[|METHOD] HOST[,HOST] PATH TOOL OPERATION}, where OPERATION {@code graphql} classifies GraphQL
 * requests; or a vendor line of three columns, {@code VENDOR TOOL HOST[,HOST]}. {@code #} starts a comment.
 * A malformed line fails the whole catalogue, naming the source and the line.
 */
final class CatalogueFileParser {
    static final String VENDOR = "VENDOR";
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
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = stripComment(lines[i]).strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                String[] columns = line.split("\\s+");
                if (columns[0].equals(VENDOR)) {
                    vendors.add(parseVendor(columns, line));
                } else {
                    entries.add(parseEntry(columns, line));
                }
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

    private static CatalogueEntry parseEntry(String[] columns, String line) {
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
        CatalogueOperation named = operation.equals(CatalogueOperation.GRAPHQL)
                ? new CatalogueOperation.Graphql(tool)
                : new CatalogueOperation.Fixed(new ToolMatch(tool, operation, OperationVerbClassifier.verbOf(operation)));
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
