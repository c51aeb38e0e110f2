package io.interven.plugin.secrets;

/**
 * A JSON Web Token written backwards ({@code …Jye.…Jye}), as a model asked to "reverse the token" writes it: its
 * header and payload, each base64url of a JSON object, start with {@code eyJ}, so reversed they end with {@code Jye}
 * and the payload's is followed by a dot. Where a run of printable characters holds {@code Jye.}, the three segments
 * around it are read back and searched with the provider rules (the {@code jwt} rule and its header check decide).
 * The prefix look-up of {@link TransformedTokenRule} cannot find it: a JWT's runs are cut by its dots, and its
 * prefix is three characters.
 */
final class ReversedJwt {
    private static final String MARK = "Jye.";

    private ReversedJwt() {
    }

    /** The first reversed token in {@code [start, end)}, as a match of its written span; or null. */
    static SecretMatch in(String text, int start, int end, KeywordGatedRules providers) {
        for (int at = markAt(text, start, end); at >= 0; at = markAt(text, at + 1, end)) {
            int payloadStart = runStart(text, at + 3, start);
            int headerEnd = runEnd(text, at + MARK.length(), end);
            if (payloadStart > start && text.charAt(payloadStart - 1) == '.' && text.startsWith("Jye", headerEnd - 3)
                    && headerEnd - 3 > at + MARK.length()) {
                int signatureStart = runStart(text, payloadStart - 1, start);
                if (signatureStart < payloadStart - 1) {
                    String token = new StringBuilder(text.substring(signatureStart, headerEnd)).reverse().toString();
                    for (SecretMatch match : providers.findIn(token)) {
                        if (match.start() == 0 && match.end() == token.length()) {
                            return new SecretMatch(TransformedTokenRule.ruleId(true, 0), match.entityType(),
                                    match.issuerDomains(), signatureStart, headerEnd, match.confidence());
                        }
                    }
                }
            }
        }
        return null;
    }

    /**
     * Where {@code Jye.} stands first in {@code [from, end)} with a character after it, or -1. Read within the run only:
     * searching the text to its end from every run would read a long text once a run.
     */
    private static int markAt(String text, int from, int end) {
        for (int at = from; at + MARK.length() < end; at++) {
            if (text.charAt(at) == 'J' && text.startsWith(MARK, at)) {
                return at;
            }
        }
        return -1;
    }

    /** Where the run of token characters that ends at {@code end} starts, no earlier than {@code floor}. */
    private static int runStart(String text, int end, int floor) {
        int i = end;
        while (i > floor && isTokenChar(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int runEnd(String text, int from, int ceiling) {
        int i = from;
        while (i < ceiling && isTokenChar(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isTokenChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-';
    }
}
