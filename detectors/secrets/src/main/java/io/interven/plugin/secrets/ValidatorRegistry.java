package io.interven.plugin.secrets;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The validators rule files may name. Add a new {@link SecretValidator} here to make it available. */
final class ValidatorRegistry {
    private static final Map<String, SecretValidator> BY_NAME = List.of(
                    new GitHubTokenChecksum(), new JwtHeaderCheck(), new PemPrivateKeyBodyCheck(), new Base64PrivateKeyCheck())
            .stream().collect(Collectors.toUnmodifiableMap(SecretValidator::name, Function.identity()));

    private ValidatorRegistry() {
    }

    static Optional<SecretValidator> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    static Set<String> names() {
        return BY_NAME.keySet();
    }
}
