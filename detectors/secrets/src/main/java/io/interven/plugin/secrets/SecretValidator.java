package io.interven.plugin.secrets;

/**
 * A structural check of a candidate secret that a regular expression cannot express (a checksum, a decodable
 * header). Rules name validators in their {@code validator} field; {@link ValidatorRegistry} knows the names.
 */
@FunctionalInterface
interface SecretValidator {

    /** True when {@code secret} (the rule's secret group) passes the check. */
    boolean isValid(String secret);

    /**
     * The confidence of a finding whose secret passed this check, given the rule's own confidence: the rule's,
     * unless the check knows the secret to be weaker than the rule assumes ({@link PasswordValueCheck}).
     */
    default double confidence(String secret, double ruleConfidence) {
        return ruleConfidence;
    }

    /**
     * Whether this check does the placeholder checks itself, in place of the global
     * {@link PlaceholderAllowlist#isPlaceholder} (which refuses weak passwords such as {@code password123} outright).
     */
    default boolean checksPlaceholders() {
        return false;
    }
}
