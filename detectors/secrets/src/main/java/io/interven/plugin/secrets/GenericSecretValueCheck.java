package io.interven.plugin.secrets;

/**
 * The value checks of the generic rules ({@link GenericSecretValue}) for rules whose secret is a password of no fixed
 * format (a connection string, a command line, a .netrc entry): long and random enough, no placeholder, and not a
 * word, identifier, number, date, UUID, URL or path.
 */
final class GenericSecretValueCheck implements SecretValidator {
    @Override
    public boolean isValid(String secret) {
        return GenericSecretValue.isPlausible(secret);
    }
}
