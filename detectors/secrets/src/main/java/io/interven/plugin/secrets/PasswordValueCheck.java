package io.interven.plugin.secrets;

/**
 * The check of rules whose syntax says the value is a password (a connection string, a password flag of a command
 * line, a credential constructor, a .netrc or .pgpass line): any value that {@link PasswordValue} does not refuse,
 * plain words included. A weak password ({@code password123}, {@code dev_admin}) is reported with
 * {@link PasswordValue#WEAK_CONFIDENCE} (or the rule's confidence, when lower); placeholders and templates are
 * refused here rather than by the global allowlist, which would also refuse weak but real passwords.
 */
final class PasswordValueCheck implements SecretValidator {
    @Override
    public boolean isValid(String secret) {
        return PasswordValue.of(secret, true) != PasswordValue.Strength.NONE;
    }

    @Override
    public double confidence(String secret, double ruleConfidence) {
        return PasswordValue.of(secret, true) == PasswordValue.Strength.STRONG ? ruleConfidence
                : Math.min(ruleConfidence, PasswordValue.WEAK_CONFIDENCE);
    }

    @Override
    public boolean checksPlaceholders() {
        return true;
    }
}
