package io.interven.gateway.core.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Splits a MIME multipart text ({@code multipart/form-data}, {@code multipart/mixed}, ...) into its parts, found
 * by the boundary line it opens with. Each part is its header block and its content, with where each sits in the
 * text, and the content's {@code Content-Transfer-Encoding}. Text after the closing boundary is the epilogue.
 * One pass with {@code indexOf}; nested multipart content is split again as a layer of its own.
 */
final class MultipartBody {
    /** RFC 2046 allows 70 characters; longer boundaries are read too, since a sender need not follow it. */
    private static final int MAX_BOUNDARY = 200;

    /** A piece of the body text. */
    record Span(int start, int end) {
        boolean isEmpty() {
            return start >= end;
        }
    }

    /**
     * One part: its header block (may be empty), its content, its transfer encoding in lower case, and the form
     * field it carries ({@code Content-Disposition: form-data; name="password"}), or null.
     */
    record Part(Span headers, Span content, String transferEncoding, String name) {
    }

    /** The parts, the epilogue, and every place the boundary is written (it may itself carry a value). */
    record Parts(List<Part> parts, Span epilogue, List<Span> boundaries) {
    }

    private MultipartBody() {
    }

    static Optional<Parts> split(String text) {
        if (!text.startsWith("--")) {
            return Optional.empty();
        }
        int eol = text.indexOf('\n');
        if (eol < 0) {
            return Optional.empty();
        }
        String boundary = text.substring(2, eol > 0 && text.charAt(eol - 1) == '\r' ? eol - 1 : eol).stripTrailing();
        if (boundary.isEmpty() || boundary.length() > MAX_BOUNDARY || boundary.indexOf(' ') == 0) {
            return Optional.empty();
        }
        String delimiter = "\n--" + boundary;
        List<Part> parts = new ArrayList<>();
        List<Span> boundaries = new ArrayList<>();
        boundaries.add(new Span(2, 2 + boundary.length()));
        int start = eol + 1;
        while (true) {
            int next = text.indexOf(delimiter, start - 1);
            if (next < start - 1) {
                return Optional.empty();
            }
            int contentEnd = next > 0 && text.charAt(next - 1) == '\r' ? next - 1 : next;
            parts.add(part(text, start, Math.max(start, contentEnd)));
            int after = next + delimiter.length();
            boundaries.add(new Span(after - boundary.length(), after));
            if (text.startsWith("--", after)) {
                int epilogue = after + 2;
                return Optional.of(new Parts(parts, new Span(epilogue, text.length()), boundaries));
            }
            int lineEnd = text.indexOf('\n', after);
            if (lineEnd < 0) {
                return Optional.empty();
            }
            start = lineEnd + 1;
        }
    }

    private static Part part(String text, int start, int end) {
        int blank = blankLine(text, start, end);
        if (blank < 0) {
            return new Part(new Span(start, start), new Span(start, end), "", null);
        }
        int contentStart = text.startsWith("\r\n", blank) ? blank + 2 : blank + 1;
        Span headers = new Span(start, blank);
        String headerText = text.substring(start, blank);
        return new Part(headers, new Span(Math.min(contentStart, end), end), transferEncoding(headerText),
                fieldName(headerText));
    }

    /**
     * The {@code name} parameter of the {@code Content-Disposition} header (quoted, with {@code \"} escapes, or a
     * bare token; not {@code filename}), or null when there is none or it is longer than a name can be.
     */
    static String fieldName(String headers) {
        for (String line : headers.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase("Content-Disposition")) {
                return nameParameter(line.substring(colon + 1));
            }
        }
        return null;
    }

    private static String nameParameter(String value) {
        int i = value.indexOf(';');
        while (i >= 0 && i < value.length()) {
            int p = i + 1;
            while (p < value.length() && (value.charAt(p) == ' ' || value.charAt(p) == '\t')) {
                p++;
            }
            int eq = value.indexOf('=', p);
            if (eq < 0) {
                return null;
            }
            boolean isName = value.substring(p, eq).strip().equalsIgnoreCase("name");
            int v = eq + 1;
            StringBuilder text = new StringBuilder();
            if (v < value.length() && value.charAt(v) == '"') {
                v++;
                while (v < value.length() && value.charAt(v) != '"') {
                    if (value.charAt(v) == '\\' && v + 1 < value.length()) {
                        v++;
                    }
                    text.append(value.charAt(v++));
                }
                v++;
            } else {
                while (v < value.length() && value.charAt(v) != ';') {
                    text.append(value.charAt(v++));
                }
            }
            if (isName) {
                String name = text.toString().strip();
                return NameValuePair.isName(name) ? name : null;
            }
            i = value.indexOf(';', v);
        }
        return null;
    }

    /** Where the header block ends: the line break that starts the empty line, or -1 when there is none. */
    private static int blankLine(String text, int start, int end) {
        if (text.startsWith("\r\n", start) || text.startsWith("\n", start)) {
            return start;
        }
        for (int i = text.indexOf('\n', start); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) {
            if (text.startsWith("\r\n", i + 1)) {
                return i + 1;
            }
            if (text.startsWith("\n", i + 1)) {
                return i + 1;
            }
        }
        return -1;
    }

    private static String transferEncoding(String headers) {
        for (String line : headers.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase("Content-Transfer-Encoding")) {
                return line.substring(colon + 1).strip().toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }
}
