package io.interven.gateway.core.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * E-mail addresses written to get past a scraper or a filter: {@code jane.doe [at] example [dot] com}, {@code
 * jane.doe(at)example.com}, {@code jane.doe {at} example {dot} co {dot} uk}, {@code jane.doe AT example DOT com},
 * {@code jane.doe @ example . com}, {@code jane [@] example [.] com}, {@code jane dot doe at acme dash corp dot com} (a
 * local part's dots and a label's dashes as words too). Each is read back as the address it spells ({@code
 * jane.doe@example.com}), to be scanned beside the text as written. A run counts only when it is disguised (an {@code
 * @} and dots as written are a plain address, the recognizers' to find), its domain has two labels or more and ends in
 * two letters or more. Bare words count only between spaces, {@code at} only with a disguised dot, and only before a
 * common top-level domain, so that prose ({@code look at example.com}, {@code meet me at home dot later}) is left
 * alone.
 */
final class DisguisedAddresses {
    private static final String[] AT = {"[at]", "(at)", "{at}", "<at>", "[@]", "(@)", " at ", " @ ", "@"};
    private static final String[] DOT = {"[dot]", "(dot)", "{dot}", "<dot>", "[.]", "(.)", " dot ", " . ", "."};
    /** The endings an address written with bare words ({@code at}, {@code dot}) must have, so prose is left. */
    private static final Set<String> COMMON_TOP_LEVEL_DOMAINS = Set.of("com", "org", "net", "edu", "gov", "io", "co",
            "ai", "dev", "app", "info", "biz", "me", "us", "uk", "ca", "au", "de", "fr", "nl", "es", "it", "ch", "se",
            "no", "dk", "fi", "pl", "be", "at", "ie", "pt", "br", "mx", "ar", "in", "jp", "cn", "kr", "sg", "nz", "za",
            "ru", "eu", "tech", "cloud", "email", "mail");
    /** Whether an ASCII character may stand right before a disguised token: a space or an opening bracket. */
    private static final boolean[] BEFORE_TOKEN = new boolean[128];
    /** Whether an ASCII character may begin a disguised token: {@code @}, {@code a}, {@code d}, a dot. */
    private static final boolean[] TOKEN_START = new boolean[128];
    private static final int MAX_LOCAL = 64;
    private static final int MAX_LABELS = 8;

    static {
        for (char c : " [({<".toCharArray()) {
            BEFORE_TOKEN[c] = true;
        }
        for (char c : "@aAdD.".toCharArray()) {
            TOKEN_START[c] = true;
        }
    }

    private DisguisedAddresses() {
    }

    /**
     * Whether the text may hold a disguised address: an {@code at} in brackets or as a word, an {@code @} after a space
     * or a bracket, or a dot in brackets; one pass, no copy. Only the places {@link #nextToken} finds are looked at.
     */
    static boolean mayHold(String text) {
        for (int i = nextToken(text, 1); i >= 0; i = nextToken(text, i + 1)) {
            if (disguisedAt(text, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The next place from {@code from} on (at least 1) where a character that may begin a disguised token stands
     * after one that may stand before it, with a character after it, or -1. Each character costs two reads of small
     * tables; a character past ASCII is read as its low seven bits, which may find a place more, never one less. The
     * loop is a method of its own: with the check inlined into it, the compiled loop took twice as long.
     */
    private static int nextToken(String text, int from) {
        boolean before = from + 1 < text.length() && BEFORE_TOKEN[text.charAt(from - 1) & 0x7F];
        for (int i = from; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if (before && TOKEN_START[c & 0x7F]) {
                return i;
            }
            before = BEFORE_TOKEN[c & 0x7F];
        }
        return -1;
    }

    /**
     * Whether the character at {@code i} (neither the first nor the last) begins a disguised token: an {@code @} after
     * a space or a bracket, an {@code at} between spaces or brackets, a {@code dot} or a dot after a bracket.
     */
    private static boolean disguisedAt(String text, int i) {
        char c = text.charAt(i);
        char before = text.charAt(i - 1);
        if (c == '@' && (before == ' ' || before == '[' || before == '(')) {
            return true;
        }
        if ((c == 'a' || c == 'A') && (text.charAt(i + 1) | 0x20) == 't' && i + 2 < text.length()
                && " [({<".indexOf(before) >= 0 && " ])}>".indexOf(text.charAt(i + 2)) >= 0) {
            return true;
        }
        if ((c == 'd' || c == 'D') && (before == '[' || before == '(' || before == '{' || before == '<')
                && i + 2 < text.length() && (text.charAt(i + 1) | 0x20) == 'o'
                && (text.charAt(i + 2) | 0x20) == 't') {
            return true;
        }
        return c == '.' && (before == '[' || before == '(');
    }

    static List<SpelledRuns.Run> in(String text) {
        List<SpelledRuns.Run> runs = List.of();
        String lower = text.toLowerCase(Locale.ROOT);
        int[] found = new int[AT.length];
        java.util.Arrays.fill(found, -2); // not looked for yet
        int from = 0;
        while (from < text.length()) {
            int[] at = nextAt(lower, from, found);
            if (at == null) {
                break;
            }
            SpelledRuns.Run run = readAround(text, lower, at[0], at[1]);
            if (run != null) {
                runs = runs.isEmpty() ? new ArrayList<>() : runs;
                runs.add(run);
                from = run.end();
            } else {
                from = at[0] + 1;
            }
        }
        return runs;
    }

    /**
     * The next {@code at} token from {@code from}: its start and end, or null. {@code found} holds where each token was
     * found last (-1: nowhere further), so that a text is searched for each token in one sweep.
     */
    private static int[] nextAt(String lower, int from, int[] found) {
        int best = -1;
        int bestEnd = -1;
        for (int t = 0; t < AT.length; t++) {
            String token = AT[t];
            if (found[t] == -2 || found[t] >= 0 && found[t] < from) {
                found[t] = lower.indexOf(token, from); // each token's next place is looked for once per place passed
            }
            int k = found[t];
            if (k >= 0 && (best < 0 || k < best || k == best && k + token.length() > bestEnd)) {
                best = k;
                bestEnd = k + token.length();
            }
        }
        return best < 0 ? null : new int[] {best, bestEnd};
    }

    /** The address around the {@code at} token {@code [atStart, atEnd)}, or null. */
    private static SpelledRuns.Run readAround(String text, String lower, int tokenStart, int tokenEnd) {
        boolean bracketed = "[({<".indexOf(lower.charAt(tokenStart)) >= 0;
        // a bracketed token may have a space or two on each side
        int atStart = bracketed ? spacesBefore(text, tokenStart) : tokenStart;
        int atEnd = bracketed ? Math.min(spacesAfter(text, tokenEnd), tokenEnd + 2) : tokenEnd;
        int localEnd = atStart;
        int localStart = localEnd;
        while (localStart > 0 && localEnd - localStart < MAX_LOCAL && isLocalChar(text.charAt(localStart - 1))) {
            localStart--;
        }
        if (localStart == localEnd || !isLabelChar(text.charAt(localStart))
                || !isLabelChar(text.charAt(localEnd - 1))) {
            return null;
        }
        String atToken = lower.substring(tokenStart, tokenEnd);
        boolean wordAt = atToken.equals(" at ");
        boolean disguised = !atToken.equals("@");
        StringBuilder local = new StringBuilder(text.substring(localStart, localEnd));
        // a local part with its own dots disguised: john [dot] smith, john dot smith
        for (int pieceEnd = localDotStart(lower, localStart); pieceEnd > 0;
                pieceEnd = localDotStart(lower, localStart)) {
            int pieceStart = pieceEnd;
            while (pieceStart > 0 && local.length() + pieceEnd - pieceStart < MAX_LOCAL
                    && isLabelChar(text.charAt(pieceStart - 1))) {
                pieceStart--;
            }
            if (pieceStart == pieceEnd) {
                break;
            }
            local.insert(0, text.substring(pieceStart, pieceEnd) + ".");
            localStart = pieceStart;
        }
        StringBuilder address = local.append('@');
        List<String> labels = new ArrayList<>();
        boolean wordDot = false;
        boolean disguisedDot = false;
        int k = atEnd;
        while (labels.size() < MAX_LABELS) {
            int labelEnd = k;
            while (labelEnd < text.length() && isLabelChar(text.charAt(labelEnd))) {
                labelEnd++;
            }
            if (labelEnd == k) {
                return null;
            }
            StringBuilder label = new StringBuilder(text.substring(k, labelEnd));
            // a dash written as a word inside a label: acme dash corp
            while (lower.startsWith(" dash ", labelEnd) && labelEnd + 6 < text.length()
                    && isLabelChar(text.charAt(labelEnd + 6))) {
                int more = labelEnd + 6;
                labelEnd = more;
                while (labelEnd < text.length() && isLabelChar(text.charAt(labelEnd))) {
                    labelEnd++;
                }
                label.append('-').append(text, more, labelEnd);
            }
            labels.add(label.toString());
            k = labelEnd;
            int dotStart = k;
            String dot = dotAt(lower, k);
            if (dot == null && spacesAfter(text, k) > k && spacesAfter(text, k) - k <= 2) {
                dotStart = spacesAfter(text, k); // a bracketed dot with spaces before it
                dot = dotAt(lower, dotStart);
                dot = dot != null && dot.charAt(0) != ' ' && !dot.equals(".") ? dot : null;
            }
            if (dot == null) {
                break;
            }
            int next = dotStart + dot.length();
            next = dot.charAt(0) == ' ' || dot.equals(".") ? next : Math.min(spacesAfter(text, next), next + 2);
            if (next >= text.length() || !isLabelChar(text.charAt(next))) {
                break;
            }
            wordDot |= dot.equals(" dot ");
            disguisedDot |= !dot.equals(".");
            disguised |= disguisedDot;
            k = next;
        }
        String tld = labels.get(labels.size() - 1);
        boolean words = wordAt || wordDot;
        if (labels.size() < 2 || !disguised || wordAt && !disguisedDot || tld.length() < 2
                || !tld.chars().allMatch(Character::isLetter)
                || words && !COMMON_TOP_LEVEL_DOMAINS.contains(tld.toLowerCase(Locale.ROOT))) {
            return null;
        }
        address.append(String.join(".", labels));
        return new SpelledRuns.Run(localStart, k, address.toString(), null);
    }

    /**
     * Where a disguised dot (not {@code .} as written) that ends right before {@code k} begins, with the spaces (at
     * most two) around a bracketed one; -1 when none does.
     */
    private static int localDotStart(String lower, int k) {
        if (k >= 5 && lower.startsWith(" dot ", k - 5)) {
            return k - 5;
        }
        int end = spacesBefore(lower, k);
        for (String token : DOT) {
            if (token.charAt(0) != ' ' && !token.equals(".") && end - token.length() > 0
                    && lower.startsWith(token, end - token.length())) {
                return spacesBefore(lower, end - token.length());
            }
        }
        return -1;
    }

    /** Where the spaces (at most two) before {@code k} begin. */
    private static int spacesBefore(String text, int k) {
        int start = k;
        while (start > 0 && k - start < 2 && text.charAt(start - 1) == ' ') {
            start--;
        }
        return start;
    }

    /** Where the spaces from {@code k} end. */
    private static int spacesAfter(String text, int k) {
        int end = k;
        while (end < text.length() && text.charAt(end) == ' ') {
            end++;
        }
        return end;
    }

    private static String dotAt(String lower, int k) {
        for (String token : DOT) {
            if (lower.startsWith(token, k)) {
                return token;
            }
        }
        return null;
    }

    private static boolean isLocalChar(char c) {
        return isLabelChar(c) || c == '.' || c == '_' || c == '+' || c == '%';
    }

    private static boolean isLabelChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-';
    }
}
