package io.interven.plugin.tools;

import java.util.Locale;
import java.util.Optional;

/**
 * An e-mail address as a principal: one {@code @}, a non-empty local part, a domain with a dot, no white space, no
 * control or angle-bracket characters, at most 254 characters; lower-cased. Anything else (a display name, an
 * address with text around it) is not an address, so that no content can pass as a principal.
 */
final class EmailAddress {
    static final int MAX_LENGTH = 254;

    private EmailAddress() {
    }

    static Optional<String> of(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String address = text.strip();
        int at = address.lastIndexOf('@');
        if (address.isEmpty() || address.length() > MAX_LENGTH || at <= 0 || at != address.indexOf('@')
                || at == address.length() - 1) {
            return Optional.empty();
        }
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (c <= ' ' || c == '<' || c == '>' || c == ',' || c == ';' || c == '"' || c == '(' || c == ')'
                    || Character.isWhitespace(c) || Character.isISOControl(c)) {
                return Optional.empty();
            }
        }
        String domain = address.substring(at + 1);
        if (domain.indexOf('.') <= 0 || domain.endsWith(".") || domain.contains("..")) {
            return Optional.empty();
        }
        return Optional.of(address.toLowerCase(Locale.ROOT));
    }
}
