package io.interven.gateway.telemetry;

import io.interven.gateway.request.OptionalWhitespace;

import java.util.HashSet;
import java.util.Set;

/**
 * The W3C Trace Context grammar of a {@code tracestate} value (its header lines joined with {@code ,}), checked
 * whole: at most {@value #MAX_LENGTH} characters and {@value #MAX_MEMBERS} list members, every member
 * {@code key=value} with a key of lower-case letters, digits and {@code _-*}{@code /} (optionally
 * {@code tenant@system}), a value of printable ASCII without {@code ,} or {@code =} that does not end in a space, and
 * no key twice. Anything else makes the whole value invalid: a caller's tracestate is propagated as a whole or not
 * at all.
 */
public final class TraceStateSyntax {
    static final int MAX_LENGTH = 512;
    static final int MAX_MEMBERS = 32;
    private static final int MAX_KEY = 256;
    private static final int MAX_TENANT = 241;
    private static final int MAX_SYSTEM = 14;
    private static final int MAX_VALUE = 256;

    private TraceStateSyntax() {
    }

    public static boolean isValid(String tracestate) {
        if (tracestate == null || tracestate.length() > MAX_LENGTH) {
            return false;
        }
        Set<String> keys = new HashSet<>();
        for (String raw : tracestate.split(",", -1)) {
            String member = OptionalWhitespace.strip(raw);
            if (member.isEmpty()) {
                continue;
            }
            int equals = member.indexOf('=');
            if (equals < 0 || !isKey(member.substring(0, equals)) || !isValue(member.substring(equals + 1))
                    || !keys.add(member.substring(0, equals)) || keys.size() > MAX_MEMBERS) {
                return false;
            }
        }
        return true;
    }

    static boolean isKey(String key) {
        int at = key.indexOf('@');
        if (at < 0) {
            return isLowerAlpha(key, 0) && isKeyPart(key, MAX_KEY);
        }
        String tenant = key.substring(0, at);
        String system = key.substring(at + 1);
        return !tenant.isEmpty() && (isLowerAlpha(tenant, 0) || isDigit(tenant.charAt(0)))
                && isKeyPart(tenant, MAX_TENANT) && isLowerAlpha(system, 0) && isKeyPart(system, MAX_SYSTEM);
    }

    private static boolean isKeyPart(String part, int max) {
        if (part.isEmpty() || part.length() > max) {
            return false;
        }
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (!(isLowerAlpha(part, i) || isDigit(c) || c == '_' || c == '-' || c == '*' || c == '/')) {
                return false;
            }
        }
        return true;
    }

    static boolean isValue(String value) {
        if (value.isEmpty() || value.length() > MAX_VALUE || value.charAt(value.length() - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7E || c == ',' || c == '=') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLowerAlpha(String text, int index) {
        if (index >= text.length()) {
            return false;
        }
        char c = text.charAt(index);
        return c >= 'a' && c <= 'z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
