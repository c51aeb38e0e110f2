package io.interven.plugin.secrets;

import java.util.ArrayList;
import java.util.List;

/**
 * A prefixed token wrapped over lines, as a mail client, a terminal, a YAML block or an agent breaking its output
 * writes a long key: {@code sk_live_51HxQ2bKq3Lm9N} at the end of a line, {@code p0Rs7Tu5Vw1Xy3Za8Bc4De6Fg} at the
 * start of the next (after up to {@value #MAX_INDENT} characters of indentation). A run of token characters that ends a
 * line is joined with the runs that start the next lines (up to {@value #MAX_CUTS} line breaks; a plain word of prose
 * starting a line ends the join) and the join is searched with the provider rules; a match that starts where the run
 * does and reaches past the first line break is a match of the pieces and the breaks between them. A run that is a
 * whole token alone is the data rules' to find, and the next line's first word or name is not joined to it ({@code
 * KEY=token} and {@code NEXT=...} below it); a piece followed by {@code =} or {@code :} is a name, not a token's rest.
 * A key wrapped so late that its first line is a key of the provider's shape alone is found as that. Tokens with a
 * checksum are also found cut by spaces ({@link SplitChecksumTokenRule}); without one, a provider's shape is all that
 * tells a token from a token and the next word, so only a line break is taken as a cut.
 */
final class WrappedTokenRule extends JavaTextRule {
    static final String ID = "wrapped-token";
    private static final int MAX_CUTS = 4;
    private static final int MAX_INDENT = 8;
    /** A prefix: four token characters, the least the transformed and wrapped rules take. */
    private static final int MIN_FIRST_PIECE = 4;
    private static final int MAX_TOKEN = 256;

    private final KeywordGatedRules providers;

    private WrappedTokenRule(List<String> prefixes, KeywordGatedRules providers) {
        super(ID, prefixes, MAX_TOKEN + MAX_CUTS * (MAX_INDENT + 2));
        this.providers = providers;
    }

    /** The rule for the prefixes of {@code rules} (as {@link TransformedTokenRule#prefixesOf} reads them). */
    static WrappedTokenRule of(List<PatternSecretRule> rules, KeywordGatedRules providers) {
        return new WrappedTokenRule(TransformedTokenRule.prefixesOf(rules), providers);
    }

    @Override
    public List<SecretMatch> findIn(String text, int from, int to) {
        List<SecretMatch> matches = List.of();
        int i = from;
        while (i < to) {
            if (!isTokenChar(text.charAt(i)) || i > 0 && isTokenChar(text.charAt(i - 1))) {
                i++;
                continue;
            }
            int end = i;
            while (end < to && isTokenChar(text.charAt(end))) {
                end++;
            }
            SecretMatch match = end - i >= MIN_FIRST_PIECE && isLineBreak(text, end) ? joined(text, i, end, to) : null;
            if (match != null) {
                matches = matches.isEmpty() ? new ArrayList<>() : matches;
                matches.add(match);
                end = match.end();
            }
            i = end;
        }
        return matches;
    }

    /** The match of the run {@code [start, firstEnd)} joined with the runs that start the next lines; or null. */
    private SecretMatch joined(String text, int start, int firstEnd, int to) {
        StringBuilder token = new StringBuilder(text.substring(start, firstEnd));
        List<int[]> pieces = new ArrayList<>(); // where each piece after the first begins and ends in the text
        int end = firstEnd;
        while (pieces.size() < MAX_CUTS && token.length() < MAX_TOKEN && isLineBreak(text, end)) {
            int next = end + (text.charAt(end) == '\r' && end + 1 < to && text.charAt(end + 1) == '\n' ? 2 : 1);
            int indent = 0;
            while (next < to && indent <= MAX_INDENT && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
                next++;
                indent++;
            }
            int pieceEnd = next;
            while (pieceEnd < to && isTokenChar(text.charAt(pieceEnd))) {
                pieceEnd++;
            }
            if (indent > MAX_INDENT || pieceEnd == next || isPlainWord(text, next, pieceEnd)
                    || !endsAPiece(text, pieceEnd)) {
                break;
            }
            token.append(text, next, pieceEnd);
            pieces.add(new int[] {next, pieceEnd});
            end = pieceEnd;
        }
        int firstLength = firstEnd - start;
        if (pieces.isEmpty() || isWholeToken(text.substring(start, firstEnd))) {
            return null; // a token that ends its line (KEY=token), and the next line's first name
        }
        for (SecretMatch match : providers.findIn(token.toString())) {
            if (match.start() != 0 || match.end() <= firstLength) {
                continue;
            }
            int matchEnd = endInText(match.end(), firstLength, pieces);
            return new SecretMatch(ID, match.entityType(), match.issuerDomains(), start, matchEnd,
                    match.confidence());
        }
        return null;
    }

    /** Whether a provider rule matches the whole run: then it is a token as written, and nothing was wrapped. */
    private boolean isWholeToken(String run) {
        for (SecretMatch match : providers.findIn(run)) {
            if (match.start() == 0 && match.end() == run.length()) {
                return true;
            }
        }
        return false;
    }

    /** Where the joined token's offset {@code joinedEnd} stands in the text, past the first piece. */
    private static int endInText(int joinedEnd, int firstLength, List<int[]> pieces) {
        int at = firstLength;
        for (int[] piece : pieces) {
            int length = piece[1] - piece[0];
            if (joinedEnd <= at + length) {
                return piece[0] + (joinedEnd - at);
            }
            at += length;
        }
        return pieces.get(pieces.size() - 1)[1];
    }

    /**
     * A word of prose starting the next line ({@code thanks}, {@code And}): letters alone, small after the first, three
     * or more. A token's piece holds a digit or a capital inside, but for a short tail.
     */
    private static boolean isPlainWord(String text, int start, int end) {
        if (end - start < 3) {
            return false;
        }
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            boolean small = c >= 'a' && c <= 'z';
            if (!(small || k == start && c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether what follows a piece on its line lets it be the rest of a token: white space, the end, or punctuation
     * that ends a sentence or a quote; not {@code =} or {@code :} or a bracket that opens, which follow a name.
     */
    private static boolean endsAPiece(String text, int at) {
        return at == text.length() || Character.isWhitespace(text.charAt(at))
                || ".,;!?\"'`)]}>".indexOf(text.charAt(at)) >= 0;
    }

    private static boolean isLineBreak(String text, int at) {
        return at < text.length() && (text.charAt(at) == '\n' || text.charAt(at) == '\r');
    }

    private static boolean isTokenChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-';
    }
}
