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

    /** Whether this role includes {@code other}: itself, and for admin and operator the roles below them. */
    public boolean includes(Role other) {
        return switch (this) {
            case SCAN, ANALYST, MINT -> other == this;
            case ADMIN -> other != OPERATOR;
            case OPERATOR -> true;
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

    /**
     * The roles of a list as stored ({@code "analyst,scan"}): names trimmed, unknown names ignored (a role a newer
     * version stored is not granted by this one). The set cannot be changed.
     */
    public static Set<Role> fromStoredList(String stored) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        if (stored != null) {
            for (String name : stored.split(",")) {
                fromApiName(name.trim()).ifPresent(roles::add);
            }
        }
        return Set.copyOf(roles);
    }
}
