package io.interven.plugin.secrets;

/**
 * A structural check of a candidate secret that a regular expression cannot express (a checksum, a decodable
 * header). Rules name validators in their {@code validator} field; {@link ValidatorRegistry} knows the names.
 */
@FunctionalInterface
interface SecretValidator {

    /** True when {@code secret} (the rule's secret group) passes the check. */
    boolean isValid(String secret);
}
