package io.interven.gateway.contract;

import static io.interven.gateway.contract.ErrorAssertions.assertError;
import static io.interven.gateway.contract.InboundRoutesContract.PATH;
import static io.interven.gateway.contract.InboundRoutesContract.PLANTED;
import static io.interven.gateway.contract.InboundRoutesContract.created;
import static io.interven.gateway.contract.InboundRoutesContract.newPrefix;
import static io.interven.gateway.contract.InboundRoutesContract.route;
import static io.interven.gateway.contract.InboundRoutesContract.served;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interven.gateway.inbound.MasterKey;
import io.interven.gateway.inbound.RouteCredential;
import io.interven.gateway.testing.DatabaseRows;
import io.interven.gateway.testing.GatewayHarness;
import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.TenantFixture;
import io.interven.gateway.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Start-up of a gateway against the routes its database holds, each test on a database and gateways of its own:
 * rotation from a retired master key to the current one, routes without a master key, a route sealed with a key the
 * gateway does not have, a malformed key, and a gateway without a master key and without routes.
 */
abstract class InboundRoutesStartContract {
    static final String KEY_A = "rC676VknWrNYSFctF3QG9EevcdT/Tz6ilaouwb+Jgbk=";
    static final String KEY_B = "rL4oyQRjCiG8giJC42LFoBfmAUw6mH0PSKMeNfpf0Hc=";

    abstract String database();

    private static GatewayHarness.Builder gateway(TestDatabase database, String bootstrapKey, String masterKey,
                                                  String retired) {
        return GatewayHarness.on(database).bootstrapKey(bootstrapKey).override("inbound.masterKey", masterKey)
                .override("inbound.retiredMasterKeys", retired);
    }

    /** A route of a new tenant, made through a gateway with master key A; answers its prefix. */
    private static String routeSealedWithA(TestDatabase database, String bootstrapKey) {
        try (GatewayHarness first = gateway(database, bootstrapKey, KEY_A, "").start()) {
            TenantFixture tenant = first.newTenant();
            return created(tenant, route(newPrefix()));
        }
    }

    private static String bootstrapKey() {
        return "iv_live_test" + java.util.UUID.randomUUID().toString().replace("-", "");
    }

    @Test
    void aRestartWithANewKeyAndTheOldOneRetiredReEncryptsEveryRoute() {
        TestDatabase database = TestDatabase.fresh(database());
        String bootstrap = bootstrapKey();
        String prefix = routeSealedWithA(database, bootstrap);
        String keyIdOfA = MasterKey.parse("test", KEY_A).id();
        String keyIdOfB = MasterKey.parse("test", KEY_B).id();
        assertThat(DatabaseRows.column(database, "SELECT credential_key_id FROM inbound_routes"))
                .containsExactly(keyIdOfA);
        String sealedWithA = DatabaseRows.column(database, "SELECT credential_ciphertext FROM inbound_routes").get(0);

        try (GatewayHarness rotated = gateway(database, bootstrap, KEY_B, KEY_A).start()) {
            assertThat(served(rotated).byPrefix(prefix).orElseThrow().credential())
                    .isEqualTo(new RouteCredential.Header("X-Api-Key", PLANTED));
            assertThat(DatabaseRows.column(database, "SELECT credential_key_id FROM inbound_routes"))
                    .containsExactly(keyIdOfB);
            assertThat(DatabaseRows.column(database, "SELECT credential_ciphertext FROM inbound_routes"))
                    .doesNotContain(sealedWithA);
            assertThat(InboundRoutesContract.loggedEventually(rotated, "re-encrypted 1 inbound route credential(s)"))
                    .isTrue();
            assertThat(rotated.log()).doesNotContain(KEY_A).doesNotContain(KEY_B).doesNotContain(PLANTED);
        }
        try (GatewayHarness onlyB = gateway(database, bootstrap, KEY_B, "").start()) {
            assertThat(served(onlyB).byPrefix(prefix).orElseThrow().credential())
                    .as("once re-encrypted the retired key can go")
                    .isEqualTo(new RouteCredential.Header("X-Api-Key", PLANTED));
        }
    }

    @Test
    void withRoutesInTheDatabaseAGatewayWithoutAMasterKeyRefusesToStart() {
        TestDatabase database = TestDatabase.fresh(database());
        String bootstrap = bootstrapKey();
        String prefix = routeSealedWithA(database, bootstrap);

        try (GatewayHarness keyless = gateway(database, bootstrap, "", "").build()) {
            assertThatThrownBy(keyless::start)
                    .hasMessageContaining("the gateway refuses to start routes without a master key")
                    .hasMessageContaining(prefix).hasMessageContaining("INTERVEN_MASTER_KEY");
        }
    }

    @Test
    void aRouteSealedWithAKeyNeitherCurrentNorRetiredRefusesStartNamingThePrefixNotTheKey() {
        TestDatabase database = TestDatabase.fresh(database());
        String bootstrap = bootstrapKey();
        String prefix = routeSealedWithA(database, bootstrap);

        try (GatewayHarness other = gateway(database, bootstrap, KEY_B, "").build()) {
            assertThatThrownBy(other::start).hasMessageContaining("inbound route " + prefix)
                    .hasMessageContaining("inbound.retiredMasterKeys").hasMessageNotContaining(KEY_A)
                    .hasMessageNotContaining(KEY_B);
        }
        assertThat(DatabaseRows.column(database, "SELECT credential_key_id FROM inbound_routes"))
                .as("nothing was changed").containsExactly(MasterKey.parse("test", KEY_A).id());
    }

    @Test
    void aMalformedMasterKeyRefusesStartNamingTheSettingNotTheValue() {
        String tooShort = "c2l4dGVlbi1ieXRlLWtleQ==";
        try (GatewayHarness malformed = gateway(TestDatabase.fresh(database()), bootstrapKey(), tooShort, "")
                .build()) {
            assertThatThrownBy(malformed::start).hasMessageContaining("inbound.masterKey")
                    .hasMessageContaining("32 bytes").hasMessageNotContaining(tooShort);
        }
        try (GatewayHarness malformed = gateway(TestDatabase.fresh(database()), bootstrapKey(), KEY_A,
                "not-a-key!").build()) {
            assertThatThrownBy(malformed::start).hasMessageContaining("inbound.retiredMasterKeys[0]")
                    .hasMessageNotContaining("not-a-key!");
        }
    }

    @Test
    void withoutAMasterKeyAndWithoutRoutesTheGatewayStartsAndCreatingARouteAnswers503() {
        try (GatewayHarness keyless = gateway(TestDatabase.fresh(database()), bootstrapKey(), "", "").start()) {
            TenantFixture tenant = keyless.newTenant();

            HttpResult refused = keyless.post(PATH, tenant.key(), route(newPrefix()));

            assertError(refused, 503, "MASTER_KEY_MISSING");
            assertThat(refused.json().path("message").asText()).contains("INTERVEN_MASTER_KEY");
            assertThat(refused.headers().firstValue("Retry-After")).as("retrying does not help").isEmpty();
            assertThat(refused.text()).doesNotContain(PLANTED);
            assertThat(keyless.get(PATH, tenant.key()).json()).isEmpty();
            assertThat(DatabaseRows.count(keyless.database(), "inbound_routes")).isZero();
        }
    }
}
