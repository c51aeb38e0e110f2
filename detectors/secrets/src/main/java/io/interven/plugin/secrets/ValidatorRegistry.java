package io.interven.plugin.secrets;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The validators rule files may name. Add a new {@link SecretValidator} here, under its name, to make it available. */
final class ValidatorRegistry {
    private static final Map<String, SecretValidator> BY_NAME = byName();

    private ValidatorRegistry() {
    }

    private static Map<String, SecretValidator> byName() {
        Map<String, SecretValidator> validators = new LinkedHashMap<>();
        validators.put("github_crc32", new GitHubTokenChecksum());
        validators.put("jwt_header", new JwtHeaderCheck());
        validators.put("pem_key_body", new PemPrivateKeyBodyCheck());
        validators.put("base64_private_key", new Base64PrivateKeyCheck());
        validators.put("der_private_key", new DerPrivateKeyCheck());
        validators.put("base64_user_password", new Base64UserPasswordCheck());
        validators.put("base64_json", new Base64JsonCheck());
        validators.put("generic_secret_value", new GenericSecretValueCheck());
        validators.put("password_value", new PasswordValueCheck(true));
        validators.put("password_value_no_words", new PasswordValueCheck(false));
        return Map.copyOf(validators);
    }

    static Optional<SecretValidator> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    static Set<String> names() {
        return BY_NAME.keySet();
    }
}
