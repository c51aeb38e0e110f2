package io.interven.plugin.signals.intel;

import io.interven.spi.HostPattern;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a block list: one entry per line, optionally followed by a category (one word, hyphens for spaces:
 * {@code pastebin.com paste-site}); {@code #} starts a comment; blank lines are skipped. What an entry is follows
 * from how it is written:
 * <ul>
 *   <li>a domain ({@code pastebin.com}, also written {@code *.pastebin.com} or {@code .pastebin.com}): that domain
 *       and every sub-domain;</li>
 *   <li>an IP address or a CIDR range ({@code 185.220.101.0/24}, {@code 2001:db8::/32}, {@code 192.0.2.7}): every
 *       address in it, however the call spells it;</li>
 *   <li>a host and a path ({@code example.com/raw}, a leading {@code http://} or {@code https://} is dropped): that
 *       host, on that path and below it, on segment boundaries.</li>
 * </ul>
 * A line that is none of these, or longer than {@link #MAX_LINE_LENGTH}, is skipped and counted; it never stops
 * the rest of the file from loading.
 */
final class BlockListParser {
    static final int MAX_LINE_LENGTH = 2048;
    static final int MAX_ENTRIES = 5_000_000;

    /** What reading a list gave: the list and the lines it skipped. */
    record Parsed(BlockList list, int skippedLines, int firstSkippedLine) {
    }

    /** Thrown when a list holds more than {@link #MAX_ENTRIES} entries. */
    static final class TooManyEntries extends IOException {
        TooManyEntries() {
            super("more than " + MAX_ENTRIES + " entries");
        }
    }

    private BlockListParser() {
    }

    static Parsed parse(String name, BufferedReader lines) throws IOException {
        BlockList list = new BlockList(name);
        int skipped = 0;
        int firstSkipped = 0;
        int number = 0;
        String line;
        while ((line = lines.readLine()) != null) {
            number++;
            if (!add(list, name, line)) {
                skipped++;
                firstSkipped = firstSkipped == 0 ? number : firstSkipped;
            }
            if (list.size() > MAX_ENTRIES) {
                throw new TooManyEntries();
            }
        }
        return new Parsed(list, skipped, firstSkipped);
    }

    /** Adds the entry of one line; false when the line is malformed (blank and comment lines are fine). */
    static boolean add(BlockList list, String name, String line) {
        if (line.length() > MAX_LINE_LENGTH) {
            return false;
        }
        int hash = line.indexOf('#');
        String text = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (text.isEmpty()) {
            return true;
        }
        String[] columns = text.split("\\s+");
        if (columns.length > 2) {
            return false;
        }
        String category = columns.length == 2 ? category(columns[1]) : null;
        if (columns.length == 2 && category == null) {
            return false;
        }
        return addEntry(list, name, columns[0], category);
    }

    private static boolean addEntry(BlockList list, String name, String entry, String category) {
        String text = withoutScheme(entry);
        int slash = text.indexOf('/');
        if (slash >= 0 && !isPrefixLength(text.substring(slash + 1))) {
            return addUrlPrefix(list, name, text.substring(0, slash), text.substring(slash), category);
        }
        String address = slash >= 0 ? text.substring(0, slash) : text;
        Optional<IpAddress> ip = IpAddress.of(address);
        if (ip.isPresent()) {
            int prefix = slash >= 0 ? Integer.parseInt(text.substring(slash + 1)) : ip.get().bits();
            if (prefix > ip.get().bits()) {
                return false;
            }
            list.ranges.add(ip.get(), prefix, new Listing(name, category != null ? category : "CIDR range"));
            return true;
        }
        if (slash >= 0) {
            return false;
        }
        String domain = text.startsWith("*.") ? text.substring(2) : text.startsWith(".") ? text.substring(1) : text;
        Optional<String> canonical = HostPattern.canonicalHost(domain);
        if (canonical.isEmpty() || domain.indexOf(':') >= 0 || domain.indexOf('*') >= 0) {
            return false;
        }
        list.domains.add(canonical.get(), new Listing(name, category != null ? category : "domain"));
        return true;
    }

    private static boolean addUrlPrefix(BlockList list, String name, String host, String path, String category) {
        Optional<String> canonical = HostPattern.canonicalHost(host);
        if (canonical.isEmpty() || host.indexOf(':') >= 0 && !host.startsWith("[") || path.indexOf('?') >= 0) {
            return false;
        }
        String normalized = io.interven.spi.OutboundCall.normalizedPath(path);
        list.prefixes.add(canonical.get(), normalized.equals("/") ? "" : normalized,
                new Listing(name, category != null ? category : "URL prefix"));
        return true;
    }

    private static String withoutScheme(String entry) {
        String lower = entry.toLowerCase(Locale.ROOT);
        for (String scheme : new String[] {"https://", "http://"}) {
            if (lower.startsWith(scheme)) {
                return entry.substring(scheme.length());
            }
        }
        return entry;
    }

    private static boolean isPrefixLength(String text) {
        if (text.isEmpty() || text.length() > 3) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i)) || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** A category word ({@code paste-site}) as the detail shows it ({@code paste site}); null when malformed. */
    private static String category(String word) {
        if (word.length() > 40) {
            return null;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-')) {
                return null;
            }
        }
        return word.replace('-', ' ');
    }
}
