package io.interven.gateway.inbound;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The path of an inbound call, checked so that no server between the gateway and the upstream's handler can read it
 * as leaving the route's base. Servers disagree on how far they decode a path before they resolve it (once, twice,
 * leniently, after Unicode normalization, with {@code ;} parameters cut off, with {@code \} as a separator), so every
 * segment is checked as written and after each round of percent-decoding, and refused when any reading of it is a
 * dot segment, crosses a segment boundary, carries a control character or an overlong UTF-8 form, or starts an
 * absolute URL. A segment that passes is forwarded as the caller wrote it, escapes untouched.
 */
final class UpstreamPath {
    /** Rounds of decoding a segment may need before it is plain text; a path encoded deeper has no honest use. */
    static final int MAX_DECODINGS = 3;
    private static final Pattern SCHEME_ALONE = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:");
    private static final Pattern URL_SCHEME = Pattern.compile(
            "(?i)(https?|wss?|ftps?|file|gopher|jar|ldaps?|smb|ssh|telnet):.*");

    private UpstreamPath() {
    }

    /**
     * The path to append to the upstream base: empty for an empty path, otherwise the path as sent with only the
     * characters a URI cannot carry raw escaped ({@link PercentCoding#encodeUnsafe}).
     *
     * @param rawPath the path after {@code /inbound/{prefix}}, still percent-encoded; null or empty for none
     * @throws UpstreamPathRefused naming the rule the path breaks
     */
    static String checked(String rawPath) throws UpstreamPathRefused {
        if (rawPath == null || rawPath.isEmpty()) {
            return "";
        }
        if (rawPath.charAt(0) != '/') {
            throw new UpstreamPathRefused("the path must start with /");
        }
        String[] segments = rawPath.substring(1).split("/", -1);
        StringBuilder safe = new StringBuilder(rawPath.length() + 16);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.isEmpty() && i < segments.length - 1) {
                throw new UpstreamPathRefused("an empty path segment (//)");
            }
            String encoded = PercentCoding.encodeUnsafe(segment, PercentCoding.Place.SEGMENT);
            checkSegment(segment);
            safe.append('/').append(encoded);
        }
        return safe.toString();
    }

    /** One segment, as written and as every round of decoding reads it. */
    private static void checkSegment(String raw) throws UpstreamPathRefused {
        checkRawCharacters(raw);
        checkText(raw);
        String layer = raw;
        for (int round = 1; PercentCoding.hasEscape(layer); round++) {
            if (round > MAX_DECODINGS) {
                throw new UpstreamPathRefused("a path segment percent-encoded more than " + MAX_DECODINGS + " times");
            }
            byte[] bytes = PercentCoding.decode(layer);
            checkDecodedBytes(bytes);
            layer = new String(bytes, StandardCharsets.UTF_8);
            checkText(layer);
        }
    }

    /**
     * {@code \} is a separator to some servers, {@code ;} starts path parameters that some cut off before resolving
     * ({@code ..;/}), and {@code @} is where a naive concatenation reads a user-info: none has a use in an API path
     * worth that doubt. (An escaped {@code %40}, an e-mail address as an identifier, stays escaped and passes.)
     */
    private static void checkRawCharacters(String raw) throws UpstreamPathRefused {
        for (int i = 0; i < raw.length(); i++) {
            switch (raw.charAt(i)) {
                case '\\' -> throw new UpstreamPathRefused("a backslash in the path");
                case ';' -> throw new UpstreamPathRefused("a path parameter (;) in the path");
                case '@' -> throw new UpstreamPathRefused("an @ in the path");
                default -> {
                }
            }
        }
    }

    /**
     * A decoded segment may not hold a separator ({@code %2f}, {@code %5c}), a {@code ;}, a control character
     * ({@code %00}, {@code %0d%0a}), or a UTF-8 form that some decoders read as ASCII: overlong sequences
     * ({@code %c0%ae} is {@code .} to a lenient decoder), encoded surrogates, bytes never valid in UTF-8.
     */
    private static void checkDecodedBytes(byte[] bytes) throws UpstreamPathRefused {
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            int next = i + 1 < bytes.length ? bytes[i + 1] & 0xFF : -1;
            if (b < 0x20 || b == 0x7F) {
                throw new UpstreamPathRefused("an encoded control character in the path");
            }
            if (b == '/' || b == '\\') {
                throw new UpstreamPathRefused("an encoded slash or backslash in the path");
            }
            if (b == ';') {
                throw new UpstreamPathRefused("an encoded path parameter (;) in the path");
            }
            boolean overlong = b == 0xC0 || b == 0xC1 || (b == 0xE0 && next >= 0x80 && next < 0xA0)
                    || (b == 0xF0 && next >= 0x80 && next < 0x90);
            boolean surrogate = b == 0xED && next >= 0xA0;
            if (overlong || surrogate || b >= 0xF5) {
                throw new UpstreamPathRefused("an overlong or invalid UTF-8 sequence in the path");
            }
        }
    }

    /**
     * A reading of a segment may not be a dot segment (also {@code ...} and dots with spaces, which some file-backed
     * servers trim to {@code ..}), hold a control character (C1 included), or start a URL (a scheme alone,
     * {@code http:}, or a scheme that names a network location, {@code https:evil.example}); and its Unicode
     * compatibility form (full-width {@code ．．}, {@code ／}) is checked as a segment of its own.
     */
    private static void checkText(String text) throws UpstreamPathRefused {
        if (text.codePoints().anyMatch(Character::isISOControl)) {
            throw new UpstreamPathRefused("an encoded control character in the path");
        }
        if (isDotSegment(text)) {
            throw new UpstreamPathRefused("a . or .. segment in the path");
        }
        if (SCHEME_ALONE.matcher(text).matches() || URL_SCHEME.matcher(text).matches()) {
            throw new UpstreamPathRefused("an absolute URL in the path");
        }
        String compatible = Normalizer.normalize(text, Normalizer.Form.NFKC);
        if (!compatible.equals(text)) {
            if (compatible.indexOf('/') >= 0 || compatible.indexOf('\\') >= 0) {
                throw new UpstreamPathRefused("a character read as a slash in the path");
            }
            checkSegment(compatible);
        }
    }

    private static boolean isDotSegment(String text) {
        boolean dot = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.') {
                dot = true;
            } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return false;
            }
        }
        return dot;
    }
}
