package io.interven.plugin.secrets;

import java.util.ArrayList;
import java.util.List;

/**
 * A checksummed token written in pieces: a GitHub ({@code ghp_}, {@code gho_}, {@code ghu_}, {@code ghs_}, {@code
 * ghr_}) or npm ({@code npm_}) token cut by white space or punctuation, as a message, a wrapped line, a table or an
 * agent hiding it writes {@code ghp_R8bY2kqN5 tLw3xZ9mC4vF7hJ1sD6gA2IHz84}, {@code ghp_R8bY2k-qN5tLw3-xZ9mC4vF7h…},
 * {@code | ghp_R8bY2k | qN5tLw3xZ9 | …} or {@code ghp_R8bY2k+qN5t…}. The prefix and 36 letters and digits, with up to
 * {@value #MAX_CUTS} cuts of up to {@value #MAX_CUT_LENGTH} characters that are no ASCII letter or digit between them
 * (a line break and the next line's indentation, {@code " | "}), are joined and kept only when the token's own CRC32
 * checksum holds (about one chance in 57 billion for a random join), so words that happen to follow a prefix are never
 * taken. The match spans the pieces and the cuts between them. A token written whole is the data rules' to find.
 */
final class SplitChecksumTokenRule extends JavaTextRule {
    static final String ID = "split-checksum-token";
    private static final double CONFIDENCE = 0.99;
    private static final int PREFIX_LENGTH = GitHubTokenChecksum.PREFIX_LENGTH;
    private static final int BODY_LENGTH = GitHubTokenChecksum.BODY_LENGTH;
    static final int MAX_CUTS = 12;
    /** A line break and the indentation of the next line (YAML, a wrapped mail), a cell's border, a space or two. */
    static final int MAX_CUT_LENGTH = 8;
    private static final GitHubTokenChecksum CHECKSUM = new GitHubTokenChecksum();

    SplitChecksumTokenRule() {
        super(ID, GitHubTokenChecksum.PREFIXES,
                PREFIX_LENGTH + BODY_LENGTH + MAX_CUTS * MAX_CUT_LENGTH);
    }

    @Override
    public List<SecretMatch> findIn(String text, int from, int to) {
        List<SecretMatch> matches = new ArrayList<>();
        for (int at = from; at + PREFIX_LENGTH <= to; at++) {
            String entityType = prefixAt(text, at);
            if (entityType == null || at > 0 && isTokenChar(text.charAt(at - 1))) {
                continue;
            }
            int end = joinedEnd(text, at, to);
            if (end > 0) {
                matches.add(new SecretMatch(ID, entityType, GitHubTokenChecksum.issuerDomains(entityType), at, end,
                        CONFIDENCE));
                at = end - 1;
            }
        }
        return matches;
    }

    /** The entity type of the token whose prefix stands at {@code at}, or null. */
    private static String prefixAt(String text, int at) {
        char first = text.charAt(at);
        if (text.charAt(at + 3) != '_') {
            return null;
        }
        if (first == 'g' && text.charAt(at + 1) == 'h' && "pousr".indexOf(text.charAt(at + 2)) >= 0) {
            return GitHubTokenChecksum.GITHUB;
        }
        return text.startsWith("npm_", at) ? GitHubTokenChecksum.NPM : null;
    }

    /**
     * Where the token starting at {@code at} ends when its 36 letters and digits come in two or more pieces and the
     * joined token's checksum holds; -1 otherwise.
     */
    private static int joinedEnd(String text, int at, int to) {
        StringBuilder joined = new StringBuilder(PREFIX_LENGTH + BODY_LENGTH).append(text, at, at + PREFIX_LENGTH);
        int i = at + PREFIX_LENGTH;
        int cuts = 0;
        while (joined.length() < PREFIX_LENGTH + BODY_LENGTH) {
            if (i < to && isAsciiLetterOrDigit(text.charAt(i))) {
                joined.append(text.charAt(i++));
                continue;
            }
            int cut = 0;
            while (i + cut < to && cut <= MAX_CUT_LENGTH && isCut(text.charAt(i + cut))) {
                cut++;
            }
            if (cut == 0 || cut > MAX_CUT_LENGTH || ++cuts > MAX_CUTS || i + cut >= to
                    || !isAsciiLetterOrDigit(text.charAt(i + cut))) {
                return -1;
            }
            i += cut;
        }
        if (cuts == 0 || i < text.length() && isTokenChar(text.charAt(i))) {
            return -1;
        }
        return CHECKSUM.isValid(joined.toString()) ? i : -1;
    }

    /** Anything but the token's own characters: white space, punctuation, a character of another script. */
    private static boolean isCut(char c) {
        return !isAsciiLetterOrDigit(c);
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private static boolean isTokenChar(char c) {
        return isAsciiLetterOrDigit(c) || c == '_';
    }
}
