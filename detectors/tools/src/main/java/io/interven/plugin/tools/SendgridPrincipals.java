package io.interven.plugin.tools;

import io.interven.spi.Principal;
import io.interven.spi.PrincipalKinds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The addresses of a SendGrid v3 {@code mail/send} body: each personalization's {@code to}, {@code cc} and
 * {@code bcc} and the top-level {@code reply_to} and {@code reply_to_list} are recipients; {@code from} (top level
 * or per personalization) is the sender. Each is named with the path of its {@code email} member.
 */
final class SendgridPrincipals {
    private static final List<String> RECIPIENT_LISTS = List.of("to", "cc", "bcc");

    private SendgridPrincipals() {
    }

    static List<Principal> of(String body) {
        Map<String, Object> mail = JsonBody.objectOrEmpty(body);
        List<Principal> named = new ArrayList<>();
        String root = BodyPath.ROOT;
        if (mail.get("personalizations") instanceof List<?> personalizations) {
            String listPath = BodyPath.child(root, "personalizations");
            for (int i = 0; i < personalizations.size(); i++) {
                if (personalizations.get(i) instanceof Map<?, ?> personalization) {
                    String itemPath = BodyPath.element(listPath, i);
                    Map<String, Object> members = JsonBody.cast(personalization);
                    for (String list : RECIPIENT_LISTS) {
                        addressList(members.get(list), BodyPath.child(itemPath, list), PrincipalKinds.EMAIL, named);
                    }
                    mailbox(members.get("from"), BodyPath.child(itemPath, "from"), PrincipalKinds.EMAIL_SENDER,
                            named);
                }
            }
        }
        mailbox(mail.get("from"), BodyPath.child(root, "from"), PrincipalKinds.EMAIL_SENDER, named);
        mailbox(mail.get("reply_to"), BodyPath.child(root, "reply_to"), PrincipalKinds.EMAIL, named);
        addressList(mail.get("reply_to_list"), BodyPath.child(root, "reply_to_list"), PrincipalKinds.EMAIL, named);
        return named;
    }

    private static void addressList(Object value, String path, String kind, List<Principal> named) {
        if (value instanceof List<?> mailboxes) {
            for (int i = 0; i < mailboxes.size(); i++) {
                mailbox(mailboxes.get(i), BodyPath.element(path, i), kind, named);
            }
        }
    }

    private static void mailbox(Object value, String path, String kind, List<Principal> named) {
        if (value instanceof Map<?, ?> mailbox && mailbox.get("email") instanceof String email) {
            EmailAddress.of(email).ifPresent(address ->
                    named.add(new Principal(kind, address, BodyPath.child(path, "email"))));
        }
    }
}
