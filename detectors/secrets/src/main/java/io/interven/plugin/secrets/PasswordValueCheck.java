package io.interven.plugin.secrets;

/**
 * The check of rules whose syntax says the value is a password: any value that {@link PasswordValue} does not refuse.
 * Plain words count where {@code wordsAllowed} (a connection string, a password flag of a command line, a credential
 * constructor, a .netrc or .pgpass line: {@code password_value}); not after a label that prose uses as well (a
 * password's label in another language, {@code password_value_no_words}: {@code Kennwort: erforderlich} is German for
 * "required"), where a weak password needs more than letters ({@code Soleil123}, {@code brasil2024!}; a word before a
 * sentence's closing punctuation, {@code requerida.}, is none, as {@link PasswordValue} reads it). A weak password
 * ({@code password123}, {@code dev_admin}) is reported with {@link PasswordValue#WEAK_CONFIDENCE} (or the rule's
 * confidence, when lower); placeholders and templates are refused here rather than by the global allowlist, which
 * would also refuse weak but real passwords.
 */
final class PasswordValueCheck implements SecretValidator {
    private final boolean wordsAllowed;

    PasswordValueCheck(boolean wordsAllowed) {
        this.wordsAllowed = wordsAllowed;
    }

    @Override
    public boolean isValid(String secret) {
        return PasswordValue.of(secret, wordsAllowed) != PasswordValue.Strength.NONE;
    }

    @Override
    public double confidence(String secret, double ruleConfidence) {
        return PasswordValue.of(secret, wordsAllowed) == PasswordValue.Strength.STRONG ? ruleConfidence
                : Math.min(ruleConfidence, PasswordValue.WEAK_CONFIDENCE);
    }

    @Override
    public boolean checksPlaceholders() {
        return true;
    }
}
