package io.interven.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** Which roles include which: admin every role of its tenant, operator every role; the others only themselves. */
class RoleTest {

    @Test
    void eachRoleIncludesItselfAdminEveryRoleButOperatorAndOperatorEveryRole() {
        for (Role role : Role.values()) {
            Set<Role> included = EnumSet.noneOf(Role.class);
            for (Role other : Role.values()) {
                if (role.includes(other)) {
                    included.add(other);
                }
            }
            Set<Role> expected = switch (role) {
                case ADMIN -> EnumSet.of(Role.ADMIN, Role.ANALYST, Role.SCAN, Role.MINT);
                case OPERATOR -> EnumSet.allOf(Role.class);
                default -> EnumSet.of(role);
            };

            assertThat(included).as(role.apiName()).isEqualTo(expected);
        }
    }

    @Test
    void aKeyHasEachRoleThatOneOfItsRolesIncludes() {
        assertThat(holding(Role.SCAN, Role.MINT)).isEqualTo(EnumSet.of(Role.SCAN, Role.MINT));
        assertThat(holding(Role.ANALYST)).isEqualTo(EnumSet.of(Role.ANALYST));
        assertThat(holding(Role.ADMIN)).isEqualTo(EnumSet.of(Role.ADMIN, Role.ANALYST, Role.SCAN, Role.MINT));
        assertThat(holding(Role.SCAN, Role.OPERATOR)).isEqualTo(EnumSet.allOf(Role.class));
        assertThat(holding()).isEmpty();
    }

    private static Set<Role> holding(Role... roles) {
        ApiKeyPrincipal key = new ApiKeyPrincipal(UUID.randomUUID(), UUID.randomUUID(), "production", null,
                UUID.randomUUID(), Set.of(roles), null, false);
        Set<Role> has = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (key.has(role)) {
                has.add(role);
            }
        }
        return has;
    }

    @Test
    void aStoredRoleListGrantsItsKnownNamesTrimmedAndNothingElse() {
        assertThat(Role.fromStoredList("analyst,scan")).isEqualTo(EnumSet.of(Role.ANALYST, Role.SCAN));
        assertThat(Role.fromStoredList(" admin ,nobody,, operator")).isEqualTo(EnumSet.of(Role.ADMIN, Role.OPERATOR));
        assertThat(Role.fromStoredList("ADMIN,Scan")).as("names are lower case as stored").isEmpty();
        assertThat(Role.fromStoredList("")).isEmpty();
        assertThat(Role.fromStoredList(null)).isEmpty();
    }

    @Test
    void theRolesOfAStoredKeyCannotBeChangedByOneRequestForTheNext() {
        Set<Role> given = EnumSet.of(Role.SCAN);
        StoredKey key = new StoredKey(UUID.randomUUID(), UUID.randomUUID(), "production", null, UUID.randomUUID(),
                given, null, "live", null, null, 0, null, null, false);
        given.add(Role.ADMIN); // the set it was built from changes afterwards

        Assertions.assertThatThrownBy(() -> key.roles().add(Role.ADMIN))
                .isInstanceOf(UnsupportedOperationException.class);
        Assertions.assertThatThrownBy(() -> Role.fromStoredList("scan").add(Role.ADMIN))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(key.roles()).containsExactly(Role.SCAN);
    }
}
