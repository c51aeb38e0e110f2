package io.interven.plugin.tools;

import io.interven.spi.Principal;
import io.interven.spi.PrincipalKinds;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The addresses in the header of an RFC 822 (RFC 5322) message: {@code To}, {@code Cc}, {@code Bcc} and
 * {@code Reply-To} are recipients ({@link PrincipalKinds#EMAIL}); {@code From} and {@code Sender} are the sender
 * ({@link PrincipalKinds#EMAIL_SENDER}). Folded lines are unfolded; the header ends at the first empty line.
 * Display names and comments are skipped: only the address inside {@code <...>}, or a bare address, is named.
 */
final class MailHeaders {
    /** Headers longer than this are not read further (a header block is a few kilobytes). */
    static final int MAX_HEADER_CHARS = 64 * 1024;

    private MailHeaders() {
    }

    /** Every addressing principal of {@code message}, each with {@code path} (the field that holds the message). */
    static List<Principal> principals(String message, String path) {
        List<Principal> named = new ArrayList<>();
        for (String line : unfoldedHeaderLines(message)) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String kind = switch (name) {
                case "to", "cc", "bcc", "reply-to" -> PrincipalKinds.EMAIL;
                case "from", "sender" -> PrincipalKinds.EMAIL_SENDER;
                default -> null;
            };
            if (kind != null) {
                for (String address : addresses(line.substring(colon + 1))) {
                    named.add(new Principal(kind, address, path));
                }
            }
        }
        return named;
    }

    private static List<String> unfoldedHeaderLines(String message) {
        List<String> lines = new ArrayList<>();
        int limit = Math.min(message.length(), MAX_HEADER_CHARS);
        StringBuilder current = null;
        int start = 0;
        while (start < limit) {
            int end = message.indexOf('\n', start);
            end = end < 0 || end > limit ? limit : end;
            String line = message.substring(start, end);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            start = end + 1;
            if (line.isEmpty()) {
                break;
            }
            if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && current != null) {
                current.append(' ').append(line.strip());
            } else {
                if (current != null) {
                    lines.add(current.toString());
                }
                current = new StringBuilder(line);
            }
        }
        if (current != null) {
            lines.add(current.toString());
        }
        return lines;
    }

    /** The addresses of an address list: split at commas outside quotes, comments and angle brackets. */
    static List<String> addresses(String list) {
        List<String> found = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        int comment = 0;
        boolean angle = false;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (c == '\\' && i + 1 < list.length()) {
                part.append(c).append(list.charAt(++i));
                continue;
            }
            if (c == '"' && comment == 0) {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                comment++;
            } else if (!quoted && c == ')' && comment > 0) {
                comment--;
            } else if (!quoted && comment == 0 && c == '<') {
                angle = true;
            } else if (!quoted && comment == 0 && c == '>') {
                angle = false;
            } else if (!quoted && comment == 0 && !angle && (c == ',' || c == ';')) {
                address(part.toString()).ifPresent(found::add);
                part.setLength(0);
                continue;
            }
            part.append(c);
        }
        address(part.toString()).ifPresent(found::add);
        return found;
    }

    private static Optional<String> address(String mailbox) {
        int open = mailbox.lastIndexOf('<');
        int close = mailbox.lastIndexOf('>');
        if (open >= 0 && close > open) {
            return EmailAddress.of(mailbox.substring(open + 1, close));
        }
        String bare = mailbox.replaceAll("\\([^)]*\\)", "").strip();
        int groupColon = bare.indexOf(':');
        if (groupColon >= 0) {
            bare = bare.substring(groupColon + 1).strip();
        }
        return EmailAddress.of(bare);
    }
}
