package io.interven.plugin.secrets;

/**
 * Base64 text that decodes to {@code user:password} with a non-empty password, as in the {@code auth} of a Docker
 * {@code config.json}, the {@code _auth} of an {@code .npmrc} or an Elastic API key ({@code id:key}).
 */
final class Base64UserPasswordCheck implements SecretValidator {
    @Override
    public boolean isValid(String encoded) {
        return Base64Text.decodePrintable(encoded).map(decoded -> {
            int colon = decoded.indexOf(':');
            return colon > 0 && colon < decoded.length() - 1 && decoded.indexOf('\n') < 0
                    && !PlaceholderAllowlist.isPlaceholder(decoded.substring(colon + 1));
        }).orElse(false);
    }
}
