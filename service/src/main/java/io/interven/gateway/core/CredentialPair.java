package io.interven.gateway.core;

import io.interven.spi.DataClasses;
import java.util.List;
import java.util.Set;

/**
 * A credential in two halves where a detector recognizes only one: the half with a distinctive prefix (an AWS
 * access key id) is found, and the secret half, a bare random string, is recognized by its shape when it sits
 * beside the first ({@link PairedSecrets}). A pair is data: another provider's pair is one more record in
 * {@link #BUILT_IN}.
 *
 * @param foundEntityType  the entity type of the half detectors find, e.g. {@code AWS_ACCESS_KEY_ID}
 * @param secretEntityType the entity type reported for the other half
 * @param ruleId           the rule id of those findings
 * @param secret           what the other half looks like
 * @param issuerDomains    the issuer of the credential (as the detectors report it for the found half)
 * @param confidence       the confidence of those findings
 */
public record CredentialPair(String foundEntityType, String secretEntityType, String ruleId, SecretShape secret,
                             Set<String> issuerDomains, double confidence) {

    /** An AWS secret access key next to its access key id (long-term {@code AKIA} or temporary {@code ASIA}). */
    public static final CredentialPair AWS_ACCESS_KEY = new CredentialPair("AWS_ACCESS_KEY_ID",
            "AWS_SECRET_ACCESS_KEY", "aws-secret-access-key-beside-key-id",
            SecretShape.randomBase64(40, 4.2), Set.of("amazonaws.com"), 0.9);

    public static final List<CredentialPair> BUILT_IN = List.of(AWS_ACCESS_KEY);

    public CredentialPair {
        issuerDomains = Set.copyOf(issuerDomains);
    }

    /** The data class of the secret half: always a secret. */
    public String dataClass() {
        return DataClasses.SECRETS;
    }
}
