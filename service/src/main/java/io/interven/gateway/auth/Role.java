package io.interven.gateway.auth;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Roles a key carries. {@code admin} may do everything within its tenant; {@code operator} may also create
 * tenants and act in any tenant. {@code mint} mints ephemeral keys and nothing else (admin includes it).
 */
public enum Role {
    SCAN,
    ANALYST,
    MINT,
    ADMIN,
    OPERATOR;

    /** Names used in {@code @RolesAllowed} and in the API, lower case. */
    public static final String SCAN_NAME = "scan";
    public static final String ANALYST_NAME = "analyst";
    public static final String MINT_NAME = "mint";
    public static final String ADMIN_NAME = "admin";
    public static final String OPERATOR_NAME = "operator";

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The roles this role includes, itself among them. */
    public Set<Role> implied() {
        return switch (this) {
            case SCAN -> EnumSet.of(SCAN);
            case ANALYST -> EnumSet.of(ANALYST);
            case MINT -> EnumSet.of(MINT);
            case ADMIN -> EnumSet.of(ADMIN, ANALYST, SCAN, MINT);
            case OPERATOR -> EnumSet.allOf(Role.class);
        };
    }

    public static Optional<Role> fromApiName(String name) {
        for (Role role : values()) {
            if (role.apiName().equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
