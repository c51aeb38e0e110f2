package io.interven.plugin.tools;

import io.interven.spi.Principal;
import io.interven.spi.PrincipalKinds;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The numbers of a Twilio {@code Messages} or {@code Calls} request, a form body: {@code To} is the destination
 * ({@link PrincipalKinds#PHONE}), {@code From} the sender ({@link PrincipalKinds#PHONE_SENDER}). A number is named
 * as {@code +} and its digits ({@code whatsapp:+1 555-0100} is {@code +15550100}); a value with letters or fewer
 * than 5 digits is not a number (a messaging service id, a client name) and is not named.
 */
final class TwilioPrincipals {
    private TwilioPrincipals() {
    }

    static List<Principal> of(String body) {
        List<Principal> named = new ArrayList<>();
        if (body == null || body.isBlank() || body.strip().startsWith("{")) {
            return named;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String name;
            String value;
            try {
                name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException badEscape) {
                continue;
            }
            if (name.isEmpty()) {
                continue;
            }
            int occurrence = seen.merge(name, 1, Integer::sum) - 1;
            String kind = switch (name) {
                case "To" -> PrincipalKinds.PHONE;
                case "From" -> PrincipalKinds.PHONE_SENDER;
                default -> null;
            };
            if (kind != null) {
                String path = BodyPath.formValue(name, occurrence);
                number(value).ifPresent(number -> named.add(new Principal(kind, number, path)));
            }
        }
        return named;
    }

    static Optional<String> number(String value) {
        String text = value.strip();
        int colon = text.indexOf(':');
        if (colon >= 0) {
            text = text.substring(colon + 1);
        }
        StringBuilder digits = new StringBuilder("+");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (" -().+".indexOf(c) < 0) {
                return Optional.empty();
            }
        }
        return digits.length() >= 6 && digits.length() <= 16 ? Optional.of(digits.toString()) : Optional.empty();
    }
}
