package io.interven.plugin.secrets;


/**
 * A GitHub or npm token whose prefix was dropped or disguised, as an agent told to hide it writes it: the 30 random
 * characters and their CRC32 checksum ({@link GitHubTokenChecksum}) alone, or after a prefix written otherwise
 * ({@code g_h_p___R8bY…}, {@code GHP-R8bY…}, {@code ghpR8bY…}), or all of it backwards. The 36 letters and digits at
 * either end of a run of token characters are checked, forwards and backwards: the checksum holds for a random run
 * about once in 57 billion times, so a run it holds for is such a token whatever stands before it. The match is the
 * body with what stands beside it in the run when that is {@value #MAX_PREFIX} characters or fewer (the prefix as
 * written); an npm token when that part holds the letters n, p and m, a GitHub token otherwise. A body right after
 * its own prefix ({@code ghp_}, {@code npm_}, …) is a token written whole, the data rules' to find.
 */
final class HeadlessChecksumToken {
    static final String ID = "headless-checksum-token";
    private static final int BODY = GitHubTokenChecksum.BODY_LENGTH;
    private static final double CONFIDENCE = 0.95;
    /** The longest prefix written otherwise ({@code g_h_p___} and longer), taken into the match with the body. */
    private static final int MAX_PREFIX = 12;

    private HeadlessChecksumToken() {
    }

    /** The token the run {@code [start, end)} of token characters holds at one of its ends, or null. */
    static SecretMatch in(String text, int start, int end) {
        if (end - start < BODY) {
            return null;
        }
        for (int at : new int[] {end - BODY, start}) {
            if (holds(text, at, false) && !hasItsPrefix(text, start, at) || holds(text, at, true)) {
                boolean npm = namesNpm(text, start, at) || namesNpm(text, at + BODY, end);
                int from = at - start <= MAX_PREFIX ? start : at;
                int to = end - at - BODY <= MAX_PREFIX ? end : at + BODY;
                String entityType = npm ? GitHubTokenChecksum.NPM : GitHubTokenChecksum.GITHUB;
                return new SecretMatch(ID, entityType, GitHubTokenChecksum.issuerDomains(entityType), from, to,
                        CONFIDENCE);
            }
        }
        return null;
    }

    /** Whether the 36 characters from {@code at} (read backwards when {@code backwards}) are a checksummed body. */
    private static boolean holds(String text, int at, boolean backwards) {
        char[] body = new char[BODY];
        for (int k = 0; k < BODY; k++) {
            char c = text.charAt(backwards ? at + BODY - 1 - k : at + k);
            if (!(c >= '0' && c <= '9' || (char) ((c | 0x20) - 'a') < 26)) {
                return false;
            }
            body[k] = c;
        }
        return GitHubTokenChecksum.isValidBody(new String(body));
    }

    /** Whether the body at {@code at} has its own prefix right before it: a token written whole, the rules' own. */
    private static boolean hasItsPrefix(String text, int start, int at) {
        int length = GitHubTokenChecksum.PREFIX_LENGTH;
        return at - start >= length && GitHubTokenChecksum.PREFIXES.contains(text.substring(at - length, at));
    }

    /** Whether {@code [from, to)}, the run beside the body, holds the letters n, p and m (a prefix npm's way). */
    private static boolean namesNpm(String text, int from, int to) {
        String part = text.substring(from, to).toLowerCase(java.util.Locale.ROOT);
        return part.indexOf('n') >= 0 && part.indexOf('p') >= 0 && part.indexOf('m') >= 0;
    }
}
