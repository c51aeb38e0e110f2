package io.interven.gateway.contract;

import static io.interven.gateway.contract.ErrorAssertions.assertError;
import static io.interven.gateway.contract.ErrorAssertions.assertInvalidFields;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.TenantFixture;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The admin API: tenants, agents and keys, with keys shown once and stored only as a hash. */
abstract class AdminApiContract extends GatewayContract {

    private HttpResult createTenant(String name) {
        return gateway().post("/v1/admin/tenants", gateway().bootstrapKey(), Map.of("name", name));
    }

    private HttpResult createAgent(TenantFixture tenant, Map<String, Object> body) {
        return gateway().post("/v1/admin/agents", tenant.key(), body);
    }

    private static String sha256Hex(String text) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anOperatorCreatesATenant() {
        String name = "acme-" + UUID.randomUUID();

        HttpResult answer = createTenant(name);

        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        assertThat(answer.field("name")).isEqualTo(name);
        assertThat(UUID.fromString(answer.field("tenant_id"))).isNotNull();
        assertThat(answer.json().has("hmac_salt")).as("the salt is never shown").isFalse();
    }

    @Test
    void aDuplicateTenantNameIsAConflict() {
        String name = "dup-" + UUID.randomUUID();
        assertThat(createTenant(name).status()).isEqualTo(201);

        assertError(createTenant(name), 409, "CONFLICT");
    }

    @Test
    void anAdminCreatesAnAgentInItsTenant() {
        TenantFixture tenant = newTenant();

        HttpResult answer = createAgent(tenant, Map.of("name", "  support-bot ", "runtime_type", "openai_assistants",
                "env_name", "staging"));

        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        assertThat(UUID.fromString(answer.field("agent_id"))).isNotNull();
        assertThat(answer.field("name")).isEqualTo("support-bot");
        assertThat(answer.field("runtime_type")).isEqualTo("openai_assistants");
        assertThat(answer.field("env_name")).isEqualTo("staging");
        assertThat(answer.field("tenant_id")).isEqualTo(tenant.tenantId());
        assertThat(TenantAdmin.agentIds(tenant)).contains(answer.field("agent_id"));
    }

    @Test
    void aMintedKeyIsShownOnceAndWorks() {
        TenantFixture tenant = newTenant();

        HttpResult answer = TenantAdmin.mint(tenant, List.of("scan"), Map.of("description", "ci runner"));

        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        assertThat(answer.field("key")).startsWith("iv_live_").hasSizeGreaterThan(30);
        assertThat(UUID.fromString(answer.field("key_id"))).isNotNull();
        assertThat(answer.json().path("roles")).extracting(JsonNode::asText).containsExactly("scan");
        assertThat(answer.field("env_name")).isEqualTo("production");
        assertThat(answer.field("description")).isEqualTo("ci runner");
        HttpResult scan = gateway().post("/v1/scan", answer.field("key"), ScanCalls.benign());
        assertThat(scan.status()).as(scan.text()).isEqualTo(200);
        assertThat(scan.field("decision")).isEqualTo("ALLOW");
    }

    @Test
    void theKeyListShowsPrefixesButNeverAKeyOrItsHash() throws NoSuchAlgorithmException {
        TenantFixture tenant = newTenant();
        HttpResult minted = TenantAdmin.mint(tenant, List.of("scan", "analyst"), Map.of());
        String plaintext = minted.field("key");

        HttpResult list = gateway().get("/v1/admin/keys", tenant.key());

        assertThat(list.status()).as(list.text()).isEqualTo(200);
        assertThat(list.json()).hasSize(2);
        JsonNode listed = null;
        for (JsonNode key : list.json()) {
            assertThat(key.has("key")).as("listed key %s", key).isFalse();
            assertThat(key.has("key_hash")).isFalse();
            assertThat(key.path("key_prefix").asText()).startsWith("iv_live_");
            if (key.path("key_id").asText().equals(minted.field("key_id"))) {
                listed = key;
            }
        }
        assertThat(listed).as("the new key is listed").isNotNull();
        assertThat(plaintext).startsWith(listed.path("key_prefix").asText());
        assertThat(listed.path("key_prefix").asText().length()).isLessThan(plaintext.length() / 2);
        assertThat(list.text()).doesNotContain(plaintext).doesNotContain(plaintext.substring(16))
                .doesNotContain(tenant.key()).doesNotContain(tenant.key().substring(16))
                .doesNotContain(sha256Hex(plaintext)).doesNotContain(sha256Hex(tenant.key()));
    }

    @Test
    void revokingAnUnknownKeyIsNotFound() {
        TenantFixture tenant = newTenant();

        assertError(gateway().delete("/v1/admin/keys/" + UUID.randomUUID(), tenant.key()), 404, "NOT_FOUND");
    }

    @Test
    void revokingAnotherTenantsKeyIsNotFoundAndLeavesItWorking() {
        TenantFixture own = newTenant();
        TenantFixture other = newTenant();

        assertError(gateway().delete("/v1/admin/keys/" + other.keyId(), own.key()), 404, "NOT_FOUND");
        assertThat(other.scan(ScanCalls.benign()).status()).isEqualTo(200);
    }

    @Test
    void revokingTwiceStaysRevoked() {
        TenantFixture tenant = newTenant();
        HttpResult minted = TenantAdmin.mint(tenant, List.of("scan"), Map.of());
        String path = "/v1/admin/keys/" + minted.field("key_id");

        assertThat(gateway().delete(path, tenant.key()).status()).isEqualTo(204);
        assertThat(gateway().delete(path, tenant.key()).status()).isEqualTo(204);

        JsonNode listed = gateway().get("/v1/admin/keys", tenant.key()).json();
        for (JsonNode key : listed) {
            if (key.path("key_id").asText().equals(minted.field("key_id"))) {
                assertThat(key.path("revoked_at").asLong()).isPositive();
            } else {
                assertThat(key.has("revoked_at")).isFalse();
            }
        }
    }

    @Test
    void revokingAMalformedKeyIdNamesKeyId() {
        TenantFixture tenant = newTenant();

        assertInvalidFields(gateway().delete("/v1/admin/keys/not-a-uuid", tenant.key()), "key_id");
    }

    @Test
    void aKeyMintedForAnAgentScansAsThatAgent() {
        TenantFixture tenant = newTenant();
        String agentId = TenantAdmin.createAgent(tenant, "pinned");
        HttpResult minted = TenantAdmin.mint(tenant, List.of("scan"), Map.of("agent_id", agentId));
        assertThat(minted.status()).as(minted.text()).isEqualTo(201);
        assertThat(minted.field("agent_id")).isEqualTo(agentId);

        HttpResult scan = gateway().post("/v1/scan", minted.field("key"), ScanCalls.benign());

        assertThat(scan.status()).as(scan.text()).isEqualTo(200);
        assertThat(TraceReader.awaitTrace(tenant, scan.field("trace_id")).path("agent_id").asText())
                .isEqualTo(agentId);
    }

    @Test
    void aKeyCannotBeMintedForAnotherTenantsAgent() {
        TenantFixture own = newTenant();
        TenantFixture other = newTenant();
        String foreignAgent = TenantAdmin.createAgent(other, "theirs");

        assertInvalidFields(TenantAdmin.mint(own, List.of("scan"), Map.of("agent_id", foreignAgent)), "agent_id");
    }

    @Test
    void anAdminKeyCannotGrantOperator() {
        TenantFixture tenant = newTenant();

        assertInvalidFields(TenantAdmin.mint(tenant, List.of("scan", "operator"), Map.of()), "roles[1]");
    }

    @Test
    void unknownRolesAndAnEmptyRoleListAreRefused() {
        TenantFixture tenant = newTenant();

        assertInvalidFields(TenantAdmin.mint(tenant, List.of("superuser", "scan", "root"), Map.of()),
                "roles[0]", "roles[2]");
        assertInvalidFields(TenantAdmin.mint(tenant, List.of(), Map.of()), "roles");
    }

    @Test
    void anInvalidAgentListsEveryFailingField() {
        TenantFixture tenant = newTenant();

        HttpResult answer = createAgent(tenant, Map.of("runtime_type", "autogen", "env_name", "Prod Env!"));

        assertInvalidFields(answer, "name", "runtime_type", "env_name");
        assertThat(TenantAdmin.agentIds(tenant)).as("nothing was created").hasSize(1);
    }

    @Test
    void anInvalidKeyRequestListsEveryFailingField() {
        TenantFixture tenant = newTenant();

        HttpResult answer = gateway().post("/v1/admin/keys", tenant.key(),
                Map.of("env_name", "UPPER", "roles", List.of("scan", 7), "agent_id", "nope"));

        assertInvalidFields(answer, "env_name", "roles[1]", "agent_id");
    }
}
