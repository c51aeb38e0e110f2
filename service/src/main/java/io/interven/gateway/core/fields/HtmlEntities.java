package io.interven.gateway.core.fields;

import java.util.Map;
import java.util.Optional;

/**
 * HTML character references: {@code &#64;}, {@code &#x40;} and the named references of the characters that
 * credentials, addresses and numbers are written with ({@code &commat;}, {@code &period;}, {@code &lowbar;}, ...).
 * Read in one pass; a text without any reference is not decoded.
 */
final class HtmlEntities {
    private static final int MAX_NAME_LENGTH = 10;
    private static final int MAX_NUMBER_DIGITS = 8;
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", "\u00a0"), Map.entry("commat", "@"), Map.entry("period", "."),
            Map.entry("colon", ":"), Map.entry("semi", ";"), Map.entry("comma", ","), Map.entry("sol", "/"),
            Map.entry("bsol", "\\"), Map.entry("lowbar", "_"), Map.entry("UnderBar", "_"), Map.entry("hyphen", "\u2010"),
            Map.entry("dash", "\u2010"), Map.entry("minus", "\u2212"), Map.entry("num", "#"), Map.entry("excl", "!"),
            Map.entry("dollar", "$"), Map.entry("percnt", "%"), Map.entry("plus", "+"), Map.entry("equals", "="),
            Map.entry("quest", "?"), Map.entry("lsqb", "["), Map.entry("lbrack", "["), Map.entry("rsqb", "]"),
            Map.entry("rbrack", "]"), Map.entry("lcub", "{"), Map.entry("lbrace", "{"), Map.entry("rcub", "}"),
            Map.entry("rbrace", "}"), Map.entry("verbar", "|"), Map.entry("vert", "|"), Map.entry("grave", "`"),
            Map.entry("Hat", "^"), Map.entry("ast", "*"), Map.entry("midast", "*"), Map.entry("lpar", "("),
            Map.entry("rpar", ")"), Map.entry("tilde", "\u02dc"), Map.entry("shy", "\u00ad"),
            Map.entry("NewLine", "\n"), Map.entry("Tab", "\t"), Map.entry("dot", "\u02d9"));

    private HtmlEntities() {
    }

    /** Cheap test before decoding: an ampersand followed, within a few characters, by a semicolon. */
    static boolean mayContain(String text) {
        int amp = text.indexOf('&');
        return amp >= 0 && text.indexOf(';', amp) > amp;
    }

    /** The text with its character references decoded; empty when it has none. */
    static Optional<String> decode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean decoded = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '&') {
                int semi = text.indexOf(';', i + 1);
                if (semi > i + 1 && semi - i - 1 <= MAX_NAME_LENGTH + 1) {
                    String value = reference(text.substring(i + 1, semi));
                    if (value != null) {
                        out.append(value);
                        decoded = true;
                        i = semi + 1;
                        continue;
                    }
                }
            }
            out.append(c);
            i++;
        }
        return decoded ? Optional.of(out.toString()) : Optional.empty();
    }

    /** Escapes the characters HTML text must not hold literally. */
    static String encode(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String reference(String name) {
        if (name.charAt(0) != '#') {
            return NAMED.get(name);
        }
        boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
        String digits = name.substring(hex ? 2 : 1);
        if (digits.isEmpty() || digits.length() > MAX_NUMBER_DIGITS) {
            return null;
        }
        int code = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = hex ? PercentCoding.hex(digits.charAt(i)) : Character.digit(digits.charAt(i), 10);
            if (d < 0) {
                return null;
            }
            code = code * (hex ? 16 : 10) + d;
        }
        return Character.isValidCodePoint(code) && code != 0 ? new String(Character.toChars(code)) : null;
    }
}
