package io.interven.gateway.contract;

import static io.interven.gateway.contract.ErrorAssertions.assertError;
import static io.interven.gateway.contract.ErrorAssertions.assertInvalidFields;
import static io.interven.gateway.contract.EphemeralKeys.GITHUB_READ;
import static io.interven.gateway.contract.EphemeralKeys.listed;
import static io.interven.gateway.contract.EphemeralKeys.mint;
import static io.interven.gateway.contract.EphemeralKeys.slackWrite;
import static io.interven.gateway.contract.TenantAdmin.keyWithRoles;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interven.gateway.testing.DatabaseRows;
import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.SampleCalls;
import io.interven.gateway.testing.TenantFixture;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code POST/GET/DELETE /v1/keys/ephemeral} and scans with {@code iv_eph_} keys: shown once and stored as a hash,
 * ttl bounded, uses counted exactly (also concurrently) for calls let through, scope enforced without using a use,
 * expired, used-up and revoked keys refused (a used-up key still reports its own calls' responses), minting only by admin or mint keys, tenants kept apart, traces naming the key.
 */
abstract class EphemeralKeyContract extends GatewayContract {

    @Test
    void theReferenceExampleMintsAKeyShownOnceWithItsIdExpiryAndScope() {
        TenantFixture tenant = newTenant();

        HttpResult minted = mint(gateway(), tenant.key(), slackWrite(600, 1));

        String key = minted.field("key");
        assertThat(key).startsWith("iv_eph_");
        JsonNode answer = minted.json();
        assertThat(answer.path("key_id").asText()).isNotEmpty();
        assertThat(answer.path("expires_at").asLong() - answer.path("created_at").asLong()).isEqualTo(600_000L);
        assertThat(answer.path("scope").toString()).isEqualTo("{\"tools\":[\"slack\"],\"verbs\":[\"WRITE\"]}");
        assertThat(answer.path("max_uses").asInt()).isEqualTo(1);
        assertThat(answer.path("uses_left").asInt()).isEqualTo(1);
        assertThat(answer.path("description").asText()).isEqualTo("One-time Slack post for incident #1234");

        JsonNode entry = listed(gateway(), tenant.key(), minted.field("key_id"));
        assertThat(entry.has("key")).as("the list never shows the key").isFalse();
        assertThat(entry.path("key_prefix").asText()).isEqualTo(key.substring(0, 14));
        assertThat(entry.path("uses_left").asInt()).isEqualTo(1);
        assertThat(DatabaseRows.everyTable(gateway().database()).values())
                .as("the key is stored only as its hash").noneMatch(rows -> rows.contains(key));
    }

    @Test
    void aScanInsideTheScopeUsesOneUseAndItsTraceNamesTheKey() {
        TenantFixture tenant = newTenant();
        HttpResult minted = mint(gateway(), tenant.key(), slackWrite(600, 2));

        HttpResult scan = gateway().post("/v1/scan", minted.field("key"), ScanCalls.benign());

        assertThat(scan.status()).as(scan.text()).isEqualTo(200);
        assertThat(scan.field("decision")).isEqualTo("ALLOW");
        assertThat(listed(gateway(), tenant.key(), minted.field("key_id")).path("uses_left").asInt()).isEqualTo(1);
        JsonNode trace = TraceReader.awaitTrace(tenant, scan.field("trace_id"));
        assertThat(trace.path("ephemeral_key_id").asText()).isEqualTo(minted.field("key_id"));
        JsonNode ownTrace = TraceReader.awaitTrace(tenant, TraceReader.writeBarrier(tenant));
        assertThat(ownTrace.hasNonNull("ephemeral_key_id")).as("a long-lived key's trace names no ephemeral key")
                .isFalse();
    }

    @Test
    void aScanOutsideTheScopeIsDeniedWithoutUsingAUse() {
        TenantFixture tenant = newTenant();
        HttpResult minted = mint(gateway(), tenant.key(), slackWrite(600, 1));
        String key = minted.field("key");

        HttpResult otherTool = gateway().post("/v1/scan", key, GITHUB_READ);
        HttpResult slackRead = mint(gateway(), tenant.key(), Map.of("ttl_seconds", 600, "max_uses", 1,
                "scope", Map.of("tools", List.of("slack"), "verbs", List.of("READ"))));
        HttpResult otherVerb = gateway().post("/v1/scan", slackRead.field("key"), ScanCalls.benign());

        for (HttpResult outside : List.of(otherTool, otherVerb)) {
            assertThat(outside.status()).as(outside.text()).isEqualTo(200);
            assertThat(outside.field("decision")).isEqualTo("DENY");
            assertThat(outside.json().path("reason_codes").toString()).contains("EPHEMERAL_SCOPE");
        }
        JsonNode trace = TraceReader.awaitTrace(tenant, otherTool.field("trace_id"));
        assertThat(trace.path("ephemeral_key_id").asText()).isEqualTo(minted.field("key_id"));
        assertThat(listed(gateway(), tenant.key(), minted.field("key_id")).path("uses_left").asInt()).isEqualTo(1);
        assertThat(listed(gateway(), tenant.key(), slackRead.field("key_id")).path("uses_left").asInt()).isEqualTo(1);
        HttpResult inside = gateway().post("/v1/scan", key, ScanCalls.benign());
        assertThat(inside.status()).as("the one use is still there: %s", inside.text()).isEqualTo(200);
        assertThat(inside.field("decision")).isEqualTo("ALLOW");
    }

    @Test
    void aUsedUpKeyIsUnauthorized() {
        TenantFixture tenant = newTenant();
        HttpResult minted = mint(gateway(), tenant.key(), slackWrite(600, 1));
        String key = minted.field("key");

        assertThat(gateway().post("/v1/scan", key, ScanCalls.benign()).status()).isEqualTo(200);

        assertError(gateway().post("/v1/scan", key, ScanCalls.benign()), 401, "UNAUTHORIZED");
        assertThat(listed(gateway(), tenant.key(), minted.field("key_id")).path("uses_left").asInt()).isZero();
    }

    @Test
    void aOneUseKeyWaitsForItsApprovalWithoutUsingItsUseAndThenMakesItsCallOnce() {
        TenantFixture tenant = newTenant();
        PolicyApi.applyApprovalForUnknownHost(tenant);
        HttpResult minted = mint(gateway(), tenant.key(), Map.of("ttl_seconds", 600, "max_uses", 1));
        String key = minted.field("key");
        Map<String, Object> call = SampleCalls.postToUnknownHost(ApprovalContract.body(false));

        HttpResult waiting = gateway().post("/v1/scan", key, call);
        assertThat(waiting.field("decision")).as(waiting.text()).isEqualTo("REQUIRE_APPROVAL");
        assertThat(listed(gateway(), tenant.key(), minted.field("key_id")).path("uses_left").asInt()).isEqualTo(1);
        assertThat(ApprovalApi.status(gateway(), key, waiting.field("approval_id"))).isEqualTo("pending");
        ApprovalApi.decide(tenant, waiting.field("approval_id"), "approve", "ok");

        HttpResult approved = gateway().post("/v1/scan", key, call);

        assertThat(approved.field("decision")).as(approved.text()).isEqualTo("ALLOW");
        assertThat(approved.json().path("reason_codes").toString()).contains("APPROVED");
        assertThat(listed(gateway(), tenant.key(), minted.field("key_id")).path("uses_left").asInt()).isZero();
        assertError(gateway().post("/v1/scan", key, call), 401, "UNAUTHORIZED");
    }

    @Test
    void aCallThePolicyDeniesUsesNoUse() {
        TenantFixture tenant = newTenant();
        PolicyApi.apply(tenant, PolicyApi.policy("no-slack", List.of(
                PolicyApi.rule("deny-slack", Map.of("tool", "slack"), "DENY", 100))));
        HttpResult minted = mint(gateway(), tenant.key(), slackWrite(600, 1));

        HttpResult denied = gateway().post("/v1/scan", minted.field("key"), ScanCalls.benign());

        assertThat(denied.field("decision")).as(denied.text()).isEqualTo("DENY");
        assertThat(listed(gateway(), tenant.key(), minted.field("key_id")).path("uses_left").asInt()).isEqualTo(1);
    }

    @Test
    void aUsedUpKeyStillReportsTheResponseOfItsOwnCallAndNothingElse() {
        TenantFixture tenant = newTenant();
        String key = mint(gateway(), tenant.key(), slackWrite(600, 1)).field("key");
        HttpResult made = gateway().post("/v1/scan", key, ScanCalls.benign());
        assertThat(made.status()).as(made.text()).isEqualTo(200);
        String othersTrace = tenant.scan(ScanCalls.benign()).field("trace_id");

        HttpResult reported = gateway().post("/v1/scan/response", key,
                Map.of("trace_id", made.field("trace_id"), "response_body", Map.of("ok", true)));
        HttpResult othersReported = gateway().post("/v1/scan/response", key,
                Map.of("trace_id", othersTrace, "response_body", Map.of("ok", true)));

        assertThat(reported.status()).as(reported.text()).isEqualTo(200);
        assertError(othersReported, 404, "NOT_FOUND");
        HttpResult refused = gateway().post("/v1/scan", key, ScanCalls.benign());
        assertError(refused, 401, "UNAUTHORIZED");
        assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"interven\"");
        assertError(gateway().get("/v1/approvals?status=pending", key), 401, "UNAUTHORIZED");
    }

    @Test
    void aKeyWithoutUseLimitScansUntilItExpiresAndThenIsUnauthorized() throws InterruptedException {
        TenantFixture tenant = newTenant();
        HttpResult minted = mint(gateway(), tenant.key(), slackWrite(1, null));
        String key = minted.field("key");
        assertThat(minted.json().path("max_uses").isNull()).isTrue();
        assertThat(minted.json().path("uses_left").isNull()).isTrue();
        long expiresAt = minted.json().path("expires_at").asLong();

        Thread.sleep(Math.max(0, expiresAt - System.currentTimeMillis()) + 200);

        assertError(gateway().post("/v1/scan", key, ScanCalls.benign()), 401, "UNAUTHORIZED");
    }

    @Test
    void aRevokedKeyIsUnauthorizedAtOnce() {
        TenantFixture tenant = newTenant();
        HttpResult minted = mint(gateway(), tenant.key(), slackWrite(600, null));
        String key = minted.field("key");
        assertThat(gateway().post("/v1/scan", key, ScanCalls.benign()).status()).isEqualTo(200);

        HttpResult revoked = gateway().delete("/v1/keys/ephemeral/" + minted.field("key_id"), tenant.key());

        assertThat(revoked.status()).as(revoked.text()).isEqualTo(204);
        assertError(gateway().post("/v1/scan", key, ScanCalls.benign()), 401, "UNAUTHORIZED");
        assertThat(listed(gateway(), tenant.key(), minted.field("key_id")).path("revoked_at").asLong()).isPositive();
        assertThat(gateway().delete("/v1/keys/ephemeral/" + minted.field("key_id"), tenant.key()).status())
                .as("revoking twice is harmless").isEqualTo(204);
    }

    @Test
    void aTtlAboveTheConfiguredMaximumAndOtherBadFieldsAnswer400NamingThem() {
        TenantFixture tenant = newTenant();
        long max = gateway().configuration().ephemeralKeys.maxTtlSeconds;

        assertInvalidFields(gateway().post("/v1/keys/ephemeral", tenant.key(), slackWrite(max + 1, 1)),
                "ttl_seconds");
        assertInvalidFields(gateway().post("/v1/keys/ephemeral", tenant.key(), Map.of("max_uses", 1)),
                "ttl_seconds");
        assertInvalidFields(gateway().post("/v1/keys/ephemeral", tenant.key(), Map.of("ttl_seconds", 60,
                "max_uses", 0, "scope", Map.of("tools", List.of(), "verbs", List.of("WRITE", "PATCH")))),
                "max_uses", "scope.tools", "scope.verbs[1]");
        assertInvalidFields(gateway().post("/v1/keys/ephemeral", tenant.key(), Map.of("ttl_seconds", "600")),
                "ttl_seconds");
        assertThat(gateway().post("/v1/keys/ephemeral", tenant.key(), slackWrite(max, 1)).status())
                .as("the maximum itself is allowed").isEqualTo(201);
        assertThat(gateway().get("/v1/keys/ephemeral", tenant.key()).json()).hasSize(1);
    }

    /**
     * A misspelt field would mint a key wider than asked for ({@code scope.tool} left out is every tool): every field
     * a key request does not know is refused, and nothing is minted; the same for an admin's key and agent requests.
     */
    @Test
    void aFieldNoRequestKnowsIsRefusedAndNoKeyIsMinted() {
        TenantFixture tenant = newTenant();

        assertInvalidFields(gateway().post("/v1/keys/ephemeral", tenant.key(), Map.of("ttl_seconds", 60,
                "scope", Map.of("tool", List.of("slack"), "verbs", List.of("WRITE")), "max_use", 1)),
                "scope.tool", "max_use");
        assertThat(gateway().get("/v1/keys/ephemeral", tenant.key()).json()).isEmpty();
        assertInvalidFields(gateway().post("/v1/admin/keys", tenant.key(), Map.of("env_name", "production",
                "roles", List.of("scan"), "agentId", "11111111-1111-1111-1111-111111111111")), "agentId");
        assertInvalidFields(gateway().post("/v1/admin/agents", tenant.key(), Map.of("name", "bot",
                "runtime_type", "custom", "env_name", "production", "env", "staging")), "env");
    }

    @Test
    void onlyAdminOrMintKeysMintAndAnEphemeralKeyNever() {
        TenantFixture tenant = newTenant();
        String scanOnly = keyWithRoles(tenant, "scan");
        String analyst = keyWithRoles(tenant, "analyst");
        String minter = keyWithRoles(tenant, "mint");

        assertError(gateway().post("/v1/keys/ephemeral", scanOnly, slackWrite(60, 1)), 403, "FORBIDDEN");
        assertError(gateway().post("/v1/keys/ephemeral", analyst, slackWrite(60, 1)), 403, "FORBIDDEN");
        HttpResult byMinter = mint(gateway(), minter, slackWrite(60, 5));
        String ephemeral = byMinter.field("key");

        assertError(gateway().post("/v1/keys/ephemeral", ephemeral, slackWrite(60, 1)), 403, "FORBIDDEN");
        assertError(gateway().get("/v1/keys/ephemeral", ephemeral), 403, "FORBIDDEN");
        assertError(gateway().delete("/v1/keys/ephemeral/" + byMinter.field("key_id"), ephemeral), 403,
                "FORBIDDEN");
        assertError(gateway().post("/v1/admin/keys", ephemeral, Map.of("env_name", "production",
                "roles", List.of("scan"))), 403, "FORBIDDEN");
        assertError(gateway().get("/v1/admin/keys", minter), 403, "FORBIDDEN");
        assertError(gateway().post("/v1/scan", minter, ScanCalls.benign()), 403, "FORBIDDEN");
        assertThat(gateway().get("/v1/keys/ephemeral", tenant.key()).json())
                .as("only the minter's key was made").hasSize(1);
        assertThat(listed(gateway(), minter, byMinter.field("key_id")).path("uses_left").asInt())
                .as("refused calls used no use").isEqualTo(5);
    }

    @Test
    void anotherTenantCannotSeeOrRevokeAKeyNorRevokeALongLivedKeyHere() {
        TenantFixture owner = newTenant();
        TenantFixture other = newTenant();
        HttpResult minted = mint(gateway(), owner.key(), slackWrite(600, null));

        assertError(gateway().delete("/v1/keys/ephemeral/" + minted.field("key_id"), other.key()), 404,
                "NOT_FOUND");
        assertThat(gateway().get("/v1/keys/ephemeral", other.key()).json()).isEmpty();
        assertError(gateway().delete("/v1/keys/ephemeral/" + owner.keyId(), owner.key()), 404, "NOT_FOUND");
        assertError(gateway().delete("/v1/keys/ephemeral/not-a-uuid", owner.key()), 400, "VALIDATION_FAILED");

        assertThat(gateway().post("/v1/scan", minted.field("key"), ScanCalls.benign()).status()).isEqualTo(200);
        assertThat(owner.scan(ScanCalls.benign()).status()).isEqualTo(200);
    }

    @Test
    void aMaxUsesOneKeyUsedConcurrentlySucceedsExactlyOnce() throws Exception {
        TenantFixture tenant = newTenant();
        HttpResult minted = mint(gateway(), tenant.key(), slackWrite(600, 1));

        List<Integer> statuses = EphemeralKeys.scanAtOnce(List.of(gateway()), minted.field("key"),
                ScanCalls.benign(), 12);

        assertThat(Collections.frequency(statuses, 200)).as("%s", statuses).isEqualTo(1);
        assertThat(Collections.frequency(statuses, 401)).as("%s", statuses).isEqualTo(11);
        assertThat(listed(gateway(), tenant.key(), minted.field("key_id")).path("uses_left").asInt()).isZero();
    }
}
