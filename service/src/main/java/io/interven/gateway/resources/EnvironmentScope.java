package io.interven.gateway.resources;

import io.interven.gateway.auth.ApiKeyPrincipal;
import io.interven.gateway.errors.ApiException;
import io.interven.gateway.errors.ErrorCode;
import io.interven.gateway.errors.FieldProblem;
import io.interven.gateway.tenancy.EnvironmentNames;
import java.util.List;

/**
 * The environment a request reads or acts in. Scan and analyst keys act only in their own environment: naming
 * another ({@code ?env=}, {@code env_name}) answers 403 {@code CROSS_ENVIRONMENT}. Admin and operator keys may name
 * any environment of their tenant.
 */
final class EnvironmentScope {
    private EnvironmentScope() {
    }

    /** The named environment, or the key's own when none is named. */
    static String named(ApiKeyPrincipal key, String field, String requested) {
        if (requested == null || requested.isBlank()) {
            return key.envName();
        }
        return checked(key, field, requested);
    }

    /**
     * The environment a listing is limited to: the key's own for scan and analyst keys; for admin keys the named
     * one, or null (every environment of the tenant) when none is named.
     */
    static String listFilter(ApiKeyPrincipal key, String field, String requested) {
        if (requested == null || requested.isBlank()) {
            return key.spansEnvironments() ? null : key.envName();
        }
        return checked(key, field, requested);
    }

    private static String checked(ApiKeyPrincipal key, String field, String requested) {
        if (!EnvironmentNames.isValid(requested)) {
            throw ApiException.invalidField(field, "must be lower-case letters, digits, '-' or '_'");
        }
        if (!key.reaches(requested)) {
            throw crossEnvironment(key, field);
        }
        return requested;
    }

    static ApiException crossEnvironment(ApiKeyPrincipal key, String field) {
        return new ApiException(ErrorCode.CROSS_ENVIRONMENT,
                "this key acts only in environment " + key.envName(),
                List.of(new FieldProblem(field, "names another environment than the key's; only admin keys may")));
    }
}
