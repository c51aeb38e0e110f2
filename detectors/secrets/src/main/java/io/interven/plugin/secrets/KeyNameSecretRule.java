package io.interven.plugin.secrets;

import io.interven.spi.FieldLocation;
import io.interven.spi.ScanField;
import java.util.Optional;
import java.util.Set;

/**
 * A whole field whose key name announces a secret ({@code "client_secret": "..."}, {@code ?api_key=...}) and whose
 * value looks like one ({@link GenericSecretValue}) is a {@code GENERIC_SECRET}. Under a password name
 * ({@code "password": "Pass12!"}) a weak password with digits or symbols counts too, at
 * {@link PasswordValue#WEAK_CONFIDENCE}; a plain word there is more often a label or a state than a password.
 * Provider rules that recognize the value itself win over this rule (they are more confident). Header fields are left
 * alone: a credential of unknown issuer in a request header is taken to authenticate the call itself. So are the
 * names of a JSON object, read as values of their own ({@code "MQBrokerAccessCredentials": {...}} in a schema's
 * definitions): filed under themselves, they name what they hold.
 */
final class KeyNameSecretRule {
    static final String ID = "key-name-secret";
    static final String ENTITY_TYPE = "GENERIC_SECRET";
    static final double CONFIDENCE = 0.7;

    Optional<SecretMatch> findIn(ScanField field) {
        if (field.location() == FieldLocation.HEADER
                || !SecretKeyName.mayHoldSecret(field.key())
                || field.key().equals(field.text())) {
            return Optional.empty(); // a name read as a value is filed under itself: it names, it holds nothing
        }
        String text = field.text();
        int start = firstNonWhitespace(text);
        int end = lastNonWhitespace(text);
        if (start >= end) {
            return Optional.empty();
        }
        start += AuthorizationScheme.credentialStart(text.substring(start, end));
        String value = text.substring(start, end);
        if (GenericSecretValue.isSecretUnder(field.key(), value)) {
            return Optional.of(new SecretMatch(ID, ENTITY_TYPE, Set.of(), start, end, CONFIDENCE));
        }
        if (SecretKeyName.announcesPassword(field.key()) && PasswordValue.isWeakPassword(value, false)) {
            return Optional.of(new SecretMatch(ID, ENTITY_TYPE, Set.of(), start, end, PasswordValue.WEAK_CONFIDENCE));
        }
        return Optional.empty();
    }

    private static int firstNonWhitespace(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int lastNonWhitespace(String text) {
        int i = text.length();
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }
}
