package io.interven.plugin.tools;

import io.interven.spi.ToolMatch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the catalogue text format: one entry a line, five columns separated by white space,
 * {@code METHOD[|METHOD] HOST[,HOST] PATH TOOL OPERATION}; {@code #} starts a comment. See the module README.
 * A malformed line fails the whole catalogue, naming the source and the line.
 */
final class CatalogueFileParser {
    private static final int COLUMNS = 5;

    private CatalogueFileParser() {
    }

    static List<CatalogueEntry> parse(String sourceName, String text) {
        List<CatalogueEntry> entries = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = stripComment(lines[i]).strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                entries.add(parseLine(line));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(sourceName + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        if (entries.isEmpty()) {
            throw new IllegalStateException(sourceName + " holds no catalogue entries");
        }
        return entries;
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }

    private static CatalogueEntry parseLine(String line) {
        String[] columns = line.split("\\s+");
        if (columns.length != COLUMNS) {
            throw new IllegalArgumentException("expected " + COLUMNS + " columns (METHOD HOST PATH TOOL OPERATION), found "
                    + columns.length + ": " + line);
        }
        Set<String> methods = new LinkedHashSet<>();
        for (String method : columns[0].split("\\|")) {
            if (!method.matches("[A-Z]+")) {
                throw new IllegalArgumentException("HTTP method must be upper case letters: " + method);
            }
            methods.add(method);
        }
        List<HostMatcher> hosts = Arrays.stream(columns[1].split(",")).map(HostMatcher::parse).toList();
        PathPattern path = PathPattern.parse(columns[2]);
        String tool = requireName(columns[3], "tool");
        String operation = requireName(columns[4], "operation");
        return new CatalogueEntry(methods, hosts, path,
                new ToolMatch(tool, operation, OperationVerbClassifier.verbOf(operation)));
    }

    private static String requireName(String value, String what) {
        if (!value.equals(value.toLowerCase(Locale.ROOT)) || !value.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException(what + " must be lower-case snake_case: " + value);
        }
        return value;
    }
}
