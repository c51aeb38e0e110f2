package io.interven.gateway.core.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Non-ASCII characters that look like ASCII (Cyrillic {@code а}, Greek {@code Ο}, {@code ı}, ...), and the ASCII
 * they stand for, from the confusables data of Unicode TR39 (ICU's {@code SpoofChecker} skeleton).
 *
 * <p>Only non-ASCII characters are mapped, and only when their skeleton is ASCII. ASCII itself is never changed:
 * TR39 skeletons map {@code I} and {@code 1} to {@code l}, {@code 0} to {@code O} and {@code m} to {@code rn},
 * which would break every base62 token and checksum. Where several ASCII characters share a skeleton, the one of
 * the same kind wins (an upper-case homoglyph of {@code I}, Cyrillic {@code І}, becomes {@code I}, not the
 * skeleton's {@code l}; a lower-case one becomes {@code l}), and a single character is preferred to the
 * skeleton's spelling ({@code m}, not {@code rn}).
 *
 * <p>The table (about 1,900 characters) is read from {@link #RESOURCE}, generated from ICU's data by
 * {@link AsciiConfusablesBuilder} and checked against it by a test. Read-only after loading: thread-safe.
 */
public final class AsciiConfusables {
    static final String RESOURCE = "ascii-confusables.txt";
    private static final int[] CODE_POINTS;
    private static final String[] PROTOTYPES;

    static {
        List<int[]> rows = read();
        CODE_POINTS = new int[rows.size()];
        PROTOTYPES = new String[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            int[] row = rows.get(i);
            CODE_POINTS[i] = row[0];
            PROTOTYPES[i] = new String(row, 1, row.length - 1);
            if (i > 0 && CODE_POINTS[i] <= CODE_POINTS[i - 1]) {
                throw new IllegalStateException(RESOURCE + " is not sorted at line " + (i + 1));
            }
        }
    }

    private AsciiConfusables() {
    }

    /** The ASCII that {@code codePoint} stands for, or null when it looks like no ASCII (or is ASCII itself). */
    public static String asciiFor(int codePoint) {
        int at = Arrays.binarySearch(CODE_POINTS, codePoint);
        return at < 0 ? null : PROTOTYPES[at];
    }

    /** How many characters the table maps. */
    static int size() {
        return CODE_POINTS.length;
    }

    private static List<int[]> read() {
        InputStream in = AsciiConfusables.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + RESOURCE);
        }
        List<int[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split(" ");
                int[] row = new int[parts.length];
                for (int i = 0; i < parts.length; i++) {
                    row[i] = Integer.parseInt(parts[i], 16);
                }
                if (row.length < 2 || row[0] < 0x80 || Arrays.stream(row, 1, row.length).anyMatch(c -> c >= 0x80)) {
                    throw new IllegalStateException(RESOURCE + ": not a mapping to ASCII: " + line);
                }
                rows.add(row);
            }
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
        return rows;
    }
}
