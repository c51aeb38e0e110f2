package io.interven.plugin.tools;

import io.interven.spi.Principal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The addresses of a Gmail {@code messages/send} or {@code drafts/send} call. The message is RFC 822 text: the
 * {@code raw} member of a JSON body in base64url (for a draft, {@code message.raw}), or the whole body of an
 * upload ({@code /upload/...}, sent as {@code message/rfc822}). Its {@code To}, {@code Cc}, {@code Bcc},
 * {@code Reply-To} and {@code From} headers are read ({@link MailHeaders}).
 *
 * <p>Every address is named with the path of the field that holds the whole message ({@code $.raw}, or {@code $}
 * for an upload): the gateway keeps, in that field, exactly the found values that are one of these addresses, and
 * redacts everything else in it, re-encoding the message as it was encoded.
 */
final class GmailPrincipals {
    private GmailPrincipals() {
    }

    static List<Principal> of(String body) {
        String text = body == null ? "" : body.strip();
        if (text.startsWith("{")) {
            Map<String, Object> request = JsonBody.objectOrEmpty(text);
            if (request.get("raw") instanceof String raw) {
                return decoded(raw).map(m -> MailHeaders.principals(m, BodyPath.child(BodyPath.ROOT, "raw")))
                        .orElse(List.of());
            }
            if (request.get("message") instanceof Map<?, ?> message
                    && JsonBody.cast(message).get("raw") instanceof String raw) {
                String path = BodyPath.child(BodyPath.child(BodyPath.ROOT, "message"), "raw");
                return decoded(raw).map(m -> MailHeaders.principals(m, path)).orElse(List.of());
            }
            return List.of();
        }
        return text.isEmpty() ? List.of() : MailHeaders.principals(body, BodyPath.ROOT);
    }

    /** The message of a base64url (or base64) text, padded or not; empty when it does not decode. */
    static Optional<String> decoded(String raw) {
        String compact = raw.replaceAll("\\s", "").replace('-', '+').replace('_', '/');
        while (compact.length() % 4 != 0) {
            compact += "=";
        }
        try {
            return Optional.of(new String(Base64.getDecoder().decode(compact), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
