package io.interven.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A stored role list reads the same whether it is parsed afresh or kept parsed from an earlier request. */
class ApiKeyAuthenticatorRolesTest {
    @Test
    void aRoleListReadsTheSameEveryTimeAndBeyondTheListsKeptParsed() {
        List<String> lists = new ArrayList<>();
        for (int i = 0; i < ApiKeyAuthenticator.MAX_ROLE_LISTS * 3; i++) {
            lists.add("scan," + " ".repeat(i) + "analyst"); // as many distinct lists as the limit, three times over
        }
        for (int round = 0; round < 2; round++) {
            for (String list : lists) {
                assertThat(ApiKeyAuthenticator.parseRoles(list)).containsExactlyInAnyOrder(Role.SCAN, Role.ANALYST);
            }
        }
        assertThat(ApiKeyAuthenticator.parseRoles("admin,nobody, operator"))
                .isEqualTo(EnumSet.of(Role.ADMIN, Role.OPERATOR));
        assertThat(ApiKeyAuthenticator.parseRoles("")).isEmpty();
    }

    @Test
    void aParsedRoleListCannotBeChangedByOneCallerForTheNext() {
        Set<Role> first = ApiKeyAuthenticator.parseRoles("scan");
        try {
            first.add(Role.ADMIN);
        } catch (UnsupportedOperationException expected) {
            // kept parsed means shared: it must not be writable
        }
        assertThat(ApiKeyAuthenticator.parseRoles("scan")).containsExactly(Role.SCAN);
    }
}
