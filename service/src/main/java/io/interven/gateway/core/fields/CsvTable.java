package io.interven.gateway.core.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntUnaryOperator;

/**
 * Reads a text as a table with a header row (CSV, or TSV, or {@code ;}-separated): the delimiter is the one of
 * {@code , TAB ;} written most often on the first line; cells may be quoted ({@code "a,b"}, {@code ""} for a
 * quote, line breaks inside); rows end at LF or CRLF; blank lines are skipped. It is a table when the first row
 * has 2 to {@link #MAX_COLUMNS} cells that read as names (1 to 64 characters, one a letter, at most 6 words, not
 * ending in {@code . ! ?}), at least one row follows, and every row has exactly as many cells as the header: prose
 * with a comma on each line rarely qualifies, and anything malformed (text after a closing quote, a quote in a
 * bare cell, an unclosed quote) is no table. One pass, no regex.
 */
final class CsvTable {
    static final int MAX_COLUMNS = 256;
    /**
     * The data cells read out of one table, in order: a table of more cells keeps the rest to the scan of its text
     * as written, so a text cannot multiply the fields detectors see (a 1 MiB table of one-character cells would
     * be half a million).
     */
    static final int MAX_CELLS = 20_000;
    private static final int MAX_HEADER_CELL = 64;
    private static final int MAX_HEADER_WORDS = 6;
    private static final char[] DELIMITERS = {',', '\t', ';'};

    /** How a cell is written: bare, quoted ({@code [start, end)} inside the quotes), or quoted with {@code ""}. */
    enum Quoting {
        /** {@code [start, end)} is the cell as written. */
        NONE,
        /** {@code [start, end)} lies inside the quotes and is the cell's text as written. */
        INSIDE,
        /** {@code [start, end)} includes the quotes; the text is unescaped. */
        AROUND;

        /** A cell text as written back in its place, in {@code delimiter}-separated text. */
        String write(String text, char delimiter) {
            return switch (this) {
                case NONE -> needsQuotes(text, delimiter) ? quoted(text) : text;
                case INSIDE -> text.replace("\"", "\"\"");
                case AROUND -> quoted(text);
            };
        }

        /**
         * Maps an offset of the table's text inside a cell written from {@code start} to the same place in the
         * cell's text: the distance for a cell as written, for {@link #AROUND} the unescaped characters before it.
         */
        IntUnaryOperator offsets(String table, int start) {
            if (this != AROUND) {
                return offset -> offset - start;
            }
            return offset -> {
                int unescaped = 0;
                for (int i = start + 1; i < offset && i < table.length(); i++) {
                    if (table.charAt(i) == '"' && i + 1 < offset && table.charAt(i + 1) == '"') {
                        i++;
                    }
                    unescaped++;
                }
                return unescaped;
            };
        }

        private static boolean needsQuotes(String text, char delimiter) {
            return text.indexOf(delimiter) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                    || text.indexOf('\r') >= 0;
        }

        private static String quoted(String text) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
    }

    /**
     * A data cell: its row (1 for the first row after the header) and column, where it sits, its text (unescaped)
     * and how it is written.
     */
    record Cell(int row, int column, int start, int end, String text, Quoting quoting) {
    }

    /** The header's names (stripped) and the data cells, in order (the first {@link #MAX_CELLS}). */
    record Table(List<String> header, List<Cell> cells, char delimiter) {
    }

    private CsvTable() {
    }

    /** A cheap look: a line break after a first line that holds a delimiter. */
    static boolean mayBeTable(String text) {
        int eol = text.indexOf('\n');
        if (eol <= 0 || eol == text.length() - 1) {
            return false;
        }
        for (int i = 0; i < eol; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '\t' || c == ';') {
                return true;
            }
        }
        return false;
    }

    static Optional<Table> parse(String text) {
        char delimiter = delimiterOf(text);
        if (delimiter == 0) {
            return Optional.empty();
        }
        List<String> header = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        int row = 0;
        int column = 0;
        int i = 0;
        int n = text.length();
        boolean rowHasText = false;
        while (i <= n) {
            if (i == n || text.charAt(i) == '\n' || (text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n')) {
                // an empty last cell of the row, or a blank line
                if (rowHasText || column > 0) {
                    if (!addCell(header, cells, row, column, i, i, "", Quoting.NONE)) {
                        return Optional.empty();
                    }
                    if (!endRow(header, row, column + 1)) {
                        return Optional.empty();
                    }
                    row++;
                }
                column = 0;
                rowHasText = false;
                i = i == n ? n + 1 : text.charAt(i) == '\r' ? i + 2 : i + 1;
                continue;
            }
            int start = i;
            int end;
            String cell;
            Quoting quoting = Quoting.NONE;
            int next;
            if (text.charAt(i) == '"') {
                StringBuilder unescaped = null;
                int j = i + 1;
                while (true) {
                    if (j >= n) {
                        return Optional.empty();
                    }
                    char c = text.charAt(j);
                    if (c == '"') {
                        if (j + 1 < n && text.charAt(j + 1) == '"') {
                            if (unescaped == null) {
                                unescaped = new StringBuilder(text.substring(i + 1, j));
                            }
                            unescaped.append('"');
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    if (unescaped != null) {
                        unescaped.append(c);
                    }
                    j++;
                }
                next = j + 1;
                if (unescaped == null) {
                    start = i + 1;
                    end = j;
                    cell = text.substring(start, end);
                    quoting = Quoting.INSIDE;
                } else {
                    end = next;
                    cell = unescaped.toString();
                    quoting = Quoting.AROUND;
                }
                if (next < n && text.charAt(next) != delimiter && text.charAt(next) != '\n'
                        && !(text.charAt(next) == '\r' && next + 1 < n && text.charAt(next + 1) == '\n')) {
                    return Optional.empty();
                }
            } else {
                int j = i;
                while (j < n && text.charAt(j) != delimiter && text.charAt(j) != '\n') {
                    j++;
                }
                next = j;
                end = j < n && text.charAt(j) == '\n' && j > i && text.charAt(j - 1) == '\r' ? j - 1 : j;
                cell = text.substring(start, end);
                if (cell.indexOf('"') >= 0) {
                    return Optional.empty();
                }
            }
            rowHasText = true;
            if (next < n && text.charAt(next) == delimiter) {
                if (!addCell(header, cells, row, column, start, end, cell, quoting)) {
                    return Optional.empty();
                }
                column++;
                i = next + 1;
                if (i == n || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                    continue;
                }
            } else {
                if (!addCell(header, cells, row, column, start, end, cell, quoting) || !endRow(header, row, column + 1)) {
                    return Optional.empty();
                }
                row++;
                column = 0;
                rowHasText = false;
                i = next >= n ? n + 1 : text.charAt(next) == '\r' ? next + 2 : next + 1;
            }
        }
        return row >= 2 ? Optional.of(new Table(header, cells, delimiter)) : Optional.empty();
    }

    private static boolean addCell(List<String> header, List<Cell> cells, int row, int column, int start, int end,
                                   String text, Quoting quoting) {
        if (column >= MAX_COLUMNS) {
            return false;
        }
        if (row == 0) {
            String name = text.strip();
            if (!isColumnName(name)) {
                return false;
            }
            header.add(name);
            return true;
        }
        if (column >= header.size()) {
            return false;
        }
        if (cells.size() < MAX_CELLS) {
            cells.add(new Cell(row, column, start, end, text, quoting));
        }
        return true;
    }

    /**
     * A header cell: 1 to 64 characters, one a letter, at most {@link #MAX_HEADER_WORDS} words, not ending like a
     * sentence ({@code . ! ?}): the first line of prose with commas is no header.
     */
    private static boolean isColumnName(String name) {
        if (name.length() > MAX_HEADER_CELL || !NameValuePair.isName(name)) {
            return false;
        }
        char last = name.charAt(name.length() - 1);
        if (last == '.' || last == '!' || last == '?') {
            return false;
        }
        int words = 1;
        for (int i = 1; i < name.length(); i++) {
            if (name.charAt(i) == ' ' && name.charAt(i - 1) != ' ') {
                words++;
            }
        }
        return words <= MAX_HEADER_WORDS;
    }

    /** Whether a finished row fits: a header of at least two names, or exactly as many cells as the header. */
    private static boolean endRow(List<String> header, int row, int columns) {
        return row == 0 ? columns >= 2 : columns == header.size();
    }

    /** The delimiter written most often on the first line (outside quotes), or 0 when none is. */
    private static char delimiterOf(String text) {
        int[] counts = new int[DELIMITERS.length];
        boolean inQuotes = false;
        for (int i = 0; i < text.length() && (inQuotes || text.charAt(i) != '\n'); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                inQuotes = !inQuotes;
            } else if (!inQuotes) {
                for (int d = 0; d < DELIMITERS.length; d++) {
                    if (c == DELIMITERS[d]) {
                        counts[d]++;
                    }
                }
            }
        }
        int best = -1;
        for (int d = 0; d < DELIMITERS.length; d++) {
            if (counts[d] > 0 && (best < 0 || counts[d] > counts[best])) {
                best = d;
            }
        }
        return best < 0 ? 0 : DELIMITERS[best];
    }
}
