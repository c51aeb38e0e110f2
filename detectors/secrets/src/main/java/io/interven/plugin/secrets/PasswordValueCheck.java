package io.interven.plugin.secrets;

/**
 * The check of rules whose syntax says the value is a password: any value that {@link PasswordValue} does not refuse.
 * Plain words count where {@code wordsAllowed} (a connection string, a password flag of a command line, a credential
 * constructor, a .netrc or .pgpass line: {@code password_value}); not after a label that prose uses as well (a
 * password's label in another language, {@code password_value_no_words}: {@code Kennwort: erforderlich} is German for
 * "required"), where a weak password needs more than letters ({@code Soleil123}, {@code brasil2024!}). A weak password
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
        return strength(secret) != PasswordValue.Strength.NONE;
    }

    @Override
    public double confidence(String secret, double ruleConfidence) {
        return strength(secret) == PasswordValue.Strength.STRONG ? ruleConfidence
                : Math.min(ruleConfidence, PasswordValue.WEAK_CONFIDENCE);
    }

    /**
     * The value's strength; without plain words, none when what stands before a sentence's closing punctuation is
     * none ({@code requerida.}: the full stop is the prose's).
     */
    private PasswordValue.Strength strength(String secret) {
        PasswordValue.Strength strength = PasswordValue.of(secret, wordsAllowed);
        if (wordsAllowed || strength == PasswordValue.Strength.NONE) {
            return strength;
        }
        int end = secret.length();
        while (end > 0 && ".,;:!?)".indexOf(secret.charAt(end - 1)) >= 0) {
            end--;
        }
        boolean wordBeforeIt = end < secret.length()
                && PasswordValue.of(secret.substring(0, end), false) == PasswordValue.Strength.NONE;
        return wordBeforeIt ? PasswordValue.Strength.NONE : strength;
    }

    @Override
    public boolean checksPlaceholders() {
        return true;
    }
}
