package io.interven.plugin.pii;

import io.interven.spi.FieldLocation;
import io.interven.spi.ScanField;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * E-mail addresses: {@code local@domain.tld} where the domain has at least two labels and ends in an alphabetic
 * top-level domain of two or more letters. Addresses in other scripts count as well (RFC 6531:
 * {@code jürgen@bücher.de}, {@code 用户@例子.广告}, a punycode domain such as {@code .xn--p1ai}, labels parted by the
 * ideographic full stops IDNA reads as dots: {@code 用户@例子。广告}), as do a quoted local part
 * ({@code "john doe"@example.com}) and a domain written as an address literal ({@code ops@[192.168.1.10]},
 * {@code ops@[IPv6:2001:db8::1]}). Not addresses: {@code user@localhost}, {@code lodash@4.17.21},
 * {@code icon@2x.png}, the {@code user:password@host} part of a URL and {@code git@github.com:org/repo} remotes.
 * Nor is the login of the call's own credentials in an {@code Authorization} header (Basic
 * {@code agent@corp.com:api-token}, Zendesk's {@code agent@corp.com/token:...}): it authenticates the call and is
 * not data the call sends (docs/api.md, "What counts as data").
 */
final class EmailRecognizer extends PatternRecognizer {
    static final String ENTITY_TYPE = "EMAIL_ADDRESS";
    private static final double CONFIDENCE = 0.9;
    /** A character of a local part's atom or of a domain label: a letter or digit of any script, or a mark. */
    private static final String WORD = "\\p{L}\\p{M}\\p{N}";
    private static final String LABEL = "[" + WORD + "](?:[" + WORD + "\\-]{0,61}[" + WORD + "])?";
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![" + WORD + "._%+\\-!#$&*?^{}~@])"
                    + "([" + WORD + "_%+\\-](?:[" + WORD + "._%+\\-]{0,62}[" + WORD + "_%+\\-])?"
                    + "|\"(?:[^\"\\\\\\r\\n]|\\\\[^\\r\\n]){1,62}\")"
                    + "@((?:" + LABEL + "[.\\u3002\\uFF61])+(\\p{L}[\\p{L}\\p{M}]{1,23}|xn--[A-Za-z0-9\\-]{1,59})"
                    + "|\\[(?:[0-9]{1,3}(?:\\.[0-9]{1,3}){3}|IPv6:[0-9A-Fa-f:.]{2,45})\\])"
                    + "(?![" + WORD + "\\-@]|\\.[" + WORD + "])");
    /** File extensions that follow an {@code @} in asset names ({@code logo@2x.png}) and are not TLDs in use. */
    private static final Set<String> FILE_EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "svg", "webp", "ico", "bmp",
            "css", "js", "mjs", "ts", "tsx", "jsx", "json", "yaml", "yml", "lock", "txt", "log", "html", "htm", "xml",
            "java", "class", "jar", "kt", "rb", "php", "go", "tgz", "gz");
    private static final int USERINFO_LOOKBEHIND = 256;
    /** The longest local part {@link #EMAIL} takes: a first character, 62 more, and a last one. */
    private static final int MAX_LOCAL_PART = 64;
    private static final Pattern SCP_PATH = Pattern.compile(":[A-Za-z0-9_.~\\-]+/");
    private static final Set<String> CREDENTIAL_HEADERS = Set.of("authorization", "proxy-authorization");

    EmailRecognizer() {
        super(ENTITY_TYPE, EMAIL, EmailRecognizer::nextStart);
    }

    /**
     * Where {@link #EMAIL} may match: at the start of the run of local-part characters (letters, digits and marks of
     * any script, {@code ._%+-}) that ends just before an {@code @}, or at the opening quote of a quoted local part,
     * when either is at most {@link #MAX_LOCAL_PART} long. Nowhere else: inside the run the character before is a
     * local-part character, which the look-behind rules out.
     */
    static int nextStart(String text, int from) {
        int at = text.indexOf('@', Math.max(from, 0));
        while (at >= 0) {
            int start = at > 0 && text.charAt(at - 1) == '"' ? openingQuote(text, at - 1) : localPartStart(text, at);
            if (start >= from && start < at && at - start <= MAX_LOCAL_PART) {
                return start;
            }
            at = text.indexOf('@', at + 1);
        }
        return -1;
    }

    /** Where the run of local-part characters ending before {@code at} starts, read back a code point at a time. */
    private static int localPartStart(String text, int at) {
        int start = at;
        while (start > 0 && at - start <= MAX_LOCAL_PART) {
            int c = text.codePointBefore(start);
            if (!isLocalPart(c)) {
                break;
            }
            start -= Character.charCount(c);
        }
        return start;
    }

    /** The quote opening the quoted local part that {@code close} ends, or -1 when there is none near enough. */
    private static int openingQuote(String text, int close) {
        for (int i = close - 1; i >= 0 && close - i < MAX_LOCAL_PART; i--) {
            char c = text.charAt(i);
            if (c == '"' && (i == 0 || text.charAt(i - 1) != '\\')) {
                return i; // an escaped quote (\") is inside the local part
            }
            if (c == '\r' || c == '\n') {
                return -1;
            }
        }
        return -1;
    }

    /** A character of a local part's atom, as the expression's {@code WORD} and {@code ._%+-} take it. */
    private static boolean isLocalPart(int c) {
        if (c < 128) {
            return CandidateStarts.isAsciiLetterOrDigit((char) c) || c == '.' || c == '_' || c == '%' || c == '+'
                    || c == '-';
        }
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                    Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    @Override
    public String id() {
        return "email";
    }

    @Override
    public boolean mayMatch(TextProfile profile) {
        return profile.hasAt;
    }

    @Override
    boolean isWorthMatching(ScanField field) {
        return field.text().indexOf('@') >= 0 && !isCredentialHeader(field);
    }

    @Override
    double confidence(ScanField field, Matcher match) {
        return isAddress(field.text(), match) ? CONFIDENCE : REJECTED;
    }

    /** The call's own credentials: their login identifies the caller to the host, it is not sent data. */
    private static boolean isCredentialHeader(ScanField field) {
        return field.location() == FieldLocation.HEADER && field.key() != null
                && CREDENTIAL_HEADERS.contains(field.key().toLowerCase(Locale.ROOT));
    }

    private static boolean isAddress(String text, Matcher m) {
        String local = m.group(1);
        String tld = m.group(3); // null for an address literal
        return !local.contains("..")
                && (tld == null || !FILE_EXTENSIONS.contains(tld.toLowerCase(Locale.ROOT)))
                && !isGitRemote(text, m.end())
                && !isUrlUserInfo(text, m.start());
    }

    /** {@code git@github.com:org/repo.git}: an SSH remote (host, colon, path), not a mailbox. */
    private static boolean isGitRemote(String text, int end) {
        return SCP_PATH.matcher(text).region(end, text.length()).lookingAt();
    }

    /**
     * {@code scheme://user:password@host}: the part before {@code @} belongs to a URL, not a mailbox. User-info
     * cannot hold {@code /}, {@code ?} or {@code #}, so an {@code @} after the path or query has begun is not in it.
     */
    private static boolean isUrlUserInfo(String text, int start) {
        int from = Math.max(0, start - USERINFO_LOOKBEHIND);
        for (int i = start - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '"' || c == '\'' || c == '<' || c == '>' || c == '`' || c == '('
                    || c == '?' || c == '#') {
                return false;
            }
            if (c == '/') {
                return i > 1 && text.charAt(i - 1) == '/' && text.charAt(i - 2) == ':';
            }
        }
        return false;
    }
}
