package io.interven.gateway.logging;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks credentials in a line of log output: the value of any {@code Authorization} / {@code Proxy-Authorization}
 * header however it is printed ({@code Authorization: ...}, {@code authorization=[...]}), {@code Bearer} and
 * {@code Basic} credentials, and Interven keys ({@code iv_live_...}, {@code iv_eph_...}) wherever they stand.
 * Every pattern is linear (possessive, no nesting), so masking costs one pass per pattern.
 */
public final class CredentialMask {
    static final String MASK = "***";
    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("(?i)(\\b(?:proxy-)?authorization[\"']?+\\s*+[:=]\\s*+\\[?+)[^\\r\\n\\]]++"),
                    "$1" + MASK),
            new Rule(Pattern.compile("(?i)\\b(bearer|basic)(\\s++)[^\\s,;\"'\\]]++"), "$1$2" + MASK),
            new Rule(Pattern.compile("\\biv_(live|eph)_[A-Za-z0-9_-]++"), "iv_$1_" + MASK));

    private record Rule(Pattern pattern, String replacement) {
    }

    private CredentialMask() {
    }

    public static String mask(String text) {
        String masked = text;
        for (Rule rule : RULES) {
            Matcher matcher = rule.pattern().matcher(masked);
            if (matcher.find()) {
                masked = matcher.replaceAll(rule.replacement());
            }
        }
        return masked;
    }
}
