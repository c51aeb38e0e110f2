package io.interven.gateway.contract;

import static io.interven.gateway.contract.ErrorAssertions.assertError;
import static io.interven.gateway.contract.EphemeralKeys.listed;
import static io.interven.gateway.contract.EphemeralKeys.mint;
import static io.interven.gateway.contract.EphemeralKeys.slackWrite;
import static io.interven.gateway.contract.SignedCalls.headers;
import static io.interven.gateway.contract.SignedCalls.newNonce;
import static io.interven.gateway.contract.SignedCalls.now;
import static io.interven.gateway.contract.SignedCalls.send;
import static io.interven.gateway.contract.SignedCalls.signature;
import static io.interven.gateway.contract.SignedCalls.signedScan;
import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.testing.GatewayHarness;
import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.SampleCalls;
import io.interven.gateway.testing.TenantFixture;
import io.interven.gateway.testing.TwoGateways;
import io.interven.gateway.testing.TwoGateways.SharedTenant;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Two gateway nodes on one PostgreSQL database, as behind a load balancer: every guarantee that must hold across
 * nodes, one section each. Each test makes its own tenant, so the sections share the two nodes but no data.
 */
class SeveralNodesOnPostgresTest {
    private static TwoGateways nodes;

    @BeforeAll
    static void startTwoNodes() {
        nodes = TwoGateways.startOnPostgres();
    }

    @AfterAll
    static void stopNodes() {
        if (nodes != null) {
            nodes.close();
        }
    }

    private static GatewayHarness first() {
        return nodes.first();
    }

    private static GatewayHarness second() {
        return nodes.second();
    }

    /** One tenant's scans are counted against one budget: shared, not doubled. */
    @Nested
    class RateBudget {
        @Test
        void aBudgetSpentThroughBothNodesAtOnceLetsExactlyItsScansThrough() throws Exception {
            RateWindows.awaitRoomInWindow();
            SharedTenant tenant = nodes.newTenant();
            int budget = 30;
            TenantSettingsApi.setRateLimit(tenant.throughFirst(), budget);

            List<HttpResult> answers = RateLimitContract.burst(tenant.throughBoth(), 2 * budget, 16);

            assertThat(answers.stream().filter(a -> a.status() == 200).count()).isEqualTo(budget);
            assertThat(answers.stream().filter(a -> a.status() == 429).count()).isEqualTo(budget);
        }

        @Test
        void anOverrideSetOnOneNodeHoldsOnTheOther() {
            RateWindows.awaitRoomInWindow();
            SharedTenant tenant = nodes.newTenant();
            TenantSettingsApi.setRateLimit(tenant.throughFirst(), 2);

            HttpResult a = tenant.throughSecond().scan(ScanCalls.benign());
            HttpResult b = tenant.throughFirst().scan(ScanCalls.benign());
            HttpResult c = tenant.throughSecond().scan(ScanCalls.benign());

            assertThat(a.status()).as(a.text()).isEqualTo(200);
            assertThat(a.headers().firstValue("X-RateLimit-Limit")).hasValue("2");
            assertThat(b.status()).as(b.text()).isEqualTo(200);
            assertThat(b.headers().firstValue("X-RateLimit-Remaining")).hasValue("0");
            assertError(c, 429, "RATE_LIMITED");
        }
    }

    /** An ephemeral key's uses are counted once for both nodes; its revocation holds on both. */
    @Nested
    class EphemeralKeyUses {
        @Test
        void aMaxUsesOneKeyUsedConcurrentlyThroughBothNodesSucceedsExactlyOnce() throws Exception {
            SharedTenant tenant = nodes.newTenant();
            HttpResult minted = mint(first(), tenant.key(), slackWrite(600, 1));

            List<Integer> statuses = EphemeralKeys.scanAtOnce(nodes.both(),
                    minted.field("key"), ScanCalls.benign(), 12);

            assertThat(Collections.frequency(statuses, 200)).as("%s", statuses).isEqualTo(1);
            assertThat(Collections.frequency(statuses, 401)).as("%s", statuses).isEqualTo(11);
            assertThat(listed(second(), tenant.key(), minted.field("key_id")).path("uses_left").asInt()).isZero();
        }

        @Test
        void anEphemeralKeyRevokedThroughOneNodeIsRefusedByTheOtherAtItsNextRequest() {
            SharedTenant tenant = nodes.newTenant();
            HttpResult minted = mint(first(), tenant.key(), slackWrite(600, null));
            String key = minted.field("key");
            assertThat(second().post("/v1/scan", key, ScanCalls.benign()).status()).isEqualTo(200);
            assertThat(first().post("/v1/scan", key, ScanCalls.benign()).status()).isEqualTo(200);

            HttpResult revoked = second().delete("/v1/keys/ephemeral/" + minted.field("key_id"), tenant.key());

            assertThat(revoked.status()).as(revoked.text()).isEqualTo(204);
            assertError(first().post("/v1/scan", key, ScanCalls.benign()), 401, "UNAUTHORIZED");
            assertError(second().post("/v1/scan", key, ScanCalls.benign()), 401, "UNAUTHORIZED");
        }
    }

    /**
     * A long-lived key revoked through the admin API of one node is refused by that node at once, and by the other
     * within {@code caches.maxStaleness} (2 s by default): nodes keep long-lived keys in memory for at most that long.
     */
    @Nested
    class Revocation {
        private static final Duration MAX_STALENESS = Duration.ofSeconds(2);
        /** What one request may take on a loaded test machine, beyond the bound itself. */
        private static final Duration ONE_REQUEST = Duration.ofMillis(750);

        @Test
        void aKeyRevokedThroughOneNodeIsRefusedByItAtOnceAndByTheOtherWithinTheStalenessBound() {
            SharedTenant tenant = nodes.newTenant();
            HttpResult issued = TenantAdmin.mint(tenant.throughFirst(), List.of("scan"), Map.of());
            assertThat(issued.status()).as(issued.text()).isEqualTo(201);
            String key = issued.field("key");
            assertThat(second().post("/v1/scan", key, ScanCalls.benign()).status())
                    .as("the second node has just accepted (and kept) the key").isEqualTo(200);
            assertThat(first().post("/v1/scan", key, ScanCalls.benign()).status())
                    .as("so has the first").isEqualTo(200);

            HttpResult revoked = first().delete("/v1/admin/keys/" + issued.field("key_id"), tenant.key());
            long revokedAt = System.nanoTime();

            assertThat(revoked.status()).as(revoked.text()).isEqualTo(204);
            assertError(first().post("/v1/scan", key, ScanCalls.benign()), 401, "UNAUTHORIZED");
            Duration refusedAfter = untilRefused(second(), key);
            assertThat(refusedAfter).as("the other node refused the key after").isLessThanOrEqualTo(
                    MAX_STALENESS.plus(ONE_REQUEST));
            Duration since = Duration.ofNanos(System.nanoTime() - revokedAt);
            assertThat(since).isLessThan(MAX_STALENESS.plus(ONE_REQUEST).plus(ONE_REQUEST));
            for (int i = 0; i < 5; i++) {
                assertError(second().post("/v1/scan", key, ScanCalls.benign()), 401, "UNAUTHORIZED");
            }
            assertThat(tenant.throughSecond().scan(ScanCalls.benign()).status())
                    .as("the tenant's other key still works").isEqualTo(200);
        }

        /** How long after the call the node first refused the key (polled every 50 ms, at most 10 s). */
        private Duration untilRefused(GatewayHarness node, String key) {
            long start = System.nanoTime();
            while (System.nanoTime() - start < Duration.ofSeconds(10).toNanos()) {
                HttpResult answer = node.post("/v1/scan", key, ScanCalls.benign());
                if (answer.status() == 401) {
                    return Duration.ofNanos(System.nanoTime() - start);
                }
                assertThat(answer.status()).as(answer.text()).isEqualTo(200);
                AgentHistoryContract.pause(50);
            }
            throw new AssertionError("the key was still accepted 10 s after it was revoked");
        }
    }

    /**
     * A tenant that turns on {@code require_signed_requests} through one node has its unsigned scans refused by that
     * node at once and by the other within {@code caches.maxStaleness}.
     */
    @Nested
    class SettingsAuthenticationReads {
        @Test
        void requiringSignaturesThroughOneNodeHoldsOnTheOtherWithinTheStalenessBound() {
            SharedTenant tenant = nodes.newTenant();
            assertThat(tenant.throughSecond().scan(ScanCalls.benign()).status()).isEqualTo(200);

            HttpResult required = first().patch(TenantSettingsApi.path(tenant.tenantId()), first().bootstrapKey(),
                    Map.of("require_signed_requests", true));
            long changedAt = System.nanoTime();

            assertThat(required.status()).as(required.text()).isEqualTo(200);
            assertThat(tenant.throughFirst().scan(ScanCalls.benign()).status()).isEqualTo(401);
            long refusedAt = 0;
            while (System.nanoTime() - changedAt < Duration.ofSeconds(10).toNanos()) {
                if (tenant.throughSecond().scan(ScanCalls.benign()).status() == 401) {
                    refusedAt = System.nanoTime();
                    break;
                }
                AgentHistoryContract.pause(50);
            }
            assertThat(refusedAt).as("the other node refused unsigned scans at last").isNotZero();
            assertThat(Duration.ofNanos(refusedAt - changedAt)).isLessThanOrEqualTo(Duration.ofMillis(2750));
        }
    }

    /** A nonce is one tenant's once, whichever node sees it. */
    @Nested
    class Nonces {
        @Test
        void aNonceUsedOnOneNodeIsRefusedOnTheOther() {
            SharedTenant tenant = nodes.newTenant();
            String usedFirstOnFirst = newNonce();
            String usedFirstOnSecond = newNonce();

            assertThat(signedScan(first(), tenant.key(), usedFirstOnFirst).status()).isEqualTo(200);
            assertError(signedScan(second(), tenant.key(), usedFirstOnFirst), 401, "REPLAYED");
            assertThat(signedScan(second(), tenant.key(), usedFirstOnSecond).status()).isEqualTo(200);
            assertError(signedScan(first(), tenant.key(), usedFirstOnSecond), 401, "REPLAYED");
        }

        @Test
        void oneSignedRequestSentConcurrentlyThroughBothNodesPassesExactlyOnce() throws Exception {
            SharedTenant tenant = nodes.newTenant();
            byte[] body = GatewayHarness.write(ScanCalls.benign()).getBytes(StandardCharsets.UTF_8);
            long now = now();
            String nonce = newNonce();
            Map<String, String> headers = headers(tenant.key(), now, nonce,
                    signature(tenant.key(), now, nonce, "POST", "/v1/scan", body));
            List<HttpResult> results = SignedCalls.scanAtOnce(List.of(first(), second()), 8, headers, body);

            assertThat(results).filteredOn(r -> r.status() == 200).hasSize(1);
            results.stream().filter(r -> r.status() != 200).forEach(r -> assertError(r, 401, "REPLAYED"));
        }
    }

    /**
     * An approval opened by a scan on one node is listed, decided and consumed through the other. The tenant's policy
     * is applied through the first node; the second reads it on its first scan of the tenant (policies are cached per
     * node for {@code policies.cacheTtl}, and a new tenant has nothing cached).
     */
    @Nested
    class Approvals {
        private final Map<String, Object> call = SampleCalls.postToUnknownHost(
                Map.of("item", "quarterly report", "count", 2));

        private SharedTenant tenantRequiringApproval() {
            SharedTenant tenant = nodes.newTenant();
            PolicyApi.applyApprovalForUnknownHost(tenant.throughFirst());
            return tenant;
        }

        @Test
        void anApprovalOpenedOnOneNodeIsApprovedAndUsedOnceThroughTheOther() {
            SharedTenant tenant = tenantRequiringApproval();
            String approvalId = ApprovalApi.requireApproval(tenant.throughFirst(), call);

            assertThat(ApprovalApi.listed(tenant.throughSecond(), "pending")).containsExactly(approvalId);
            HttpResult approved = ApprovalApi.decide(tenant.throughSecond(), approvalId, "approve", "fine");
            assertThat(approved.field("status")).isEqualTo("approved");
            assertThat(ApprovalApi.status(tenant.throughFirst(), approvalId)).isEqualTo("approved");

            HttpResult allowed = tenant.throughSecond().scan(call);

            assertThat(allowed.status()).as(allowed.text()).isEqualTo(200);
            assertThat(allowed.field("decision")).as(allowed.text()).isEqualTo("ALLOW");
            assertThat(PolicyApiContract.reasonCodes(allowed.json())).contains("APPROVED");
            assertThat(allowed.field("approval_id")).isEqualTo(approvalId);

            String next = ApprovalApi.requireApproval(tenant.throughFirst(), call);

            assertThat(next).as("the approval was used up on the other node").isNotEqualTo(approvalId);
            assertThat(ApprovalApi.status(tenant.throughSecond(), next)).isEqualTo("pending");
        }

        @Test
        void anApprovalDeniedThroughOneNodeLetsNothingThroughTheOther() {
            SharedTenant tenant = tenantRequiringApproval();
            String approvalId = ApprovalApi.requireApproval(tenant.throughFirst(), call);

            HttpResult denied = ApprovalApi.decide(tenant.throughSecond(), approvalId, "deny", "not without a ticket");

            assertThat(denied.field("status")).isEqualTo("denied");
            assertThat(ApprovalApi.status(tenant.throughFirst(), approvalId)).isEqualTo("denied");
            String next = ApprovalApi.requireApproval(tenant.throughFirst(), call);
            assertThat(next).as("the denied call is asked again, not let through").isNotEqualTo(approvalId);
            assertThat(ApprovalApi.listed(tenant.throughFirst(), "denied")).containsExactly(approvalId);
            assertError(ApprovalApi.decide(first(), tenant.key(), approvalId, "approve", "changed my mind"), 409,
                    "CONFLICT");
        }
    }

    /** An agent used for the first time through both nodes at once is registered once; every scan answers. */
    @Nested
    class AgentsOnFirstUse {
        @Test
        void oneUnseenAgentIdScannedThroughBothNodesAtOnceBecomesOneAgent() throws Exception {
            SharedTenant tenant = nodes.newTenant();
            String agentId = java.util.UUID.randomUUID().toString();

            List<Integer> statuses = AgentFirstUseContract.firstUsesAtOnce(nodes.both(), tenant.key(), agentId, 8);

            assertThat(statuses).containsOnly(200);
            assertThat(AgentFirstUseContract.listedAgent(tenant.throughSecond(), agentId)).isNotNull();
        }
    }

    /** Two hops of one delegation chain sent through both nodes at once never both take its last place. */
    @Nested
    class DelegationChains {
        @Test
        void hopsRacingForTheLastPlaceOfAChainThroughBothNodesLetOneThrough() throws Exception {
            SharedTenant tenant = nodes.newTenant();
            String chain = java.util.UUID.randomUUID().toString();
            String last = A2aScanContract.newId();
            String previous = A2aScanContract.newId();
            for (int hop = 1; hop < A2aScanContract.MAX_DEPTH; hop++) {
                String next = hop == A2aScanContract.MAX_DEPTH - 1 ? last : A2aScanContract.newId();
                HttpResult answer = A2aScanContract.send(tenant.throughFirst(),
                        A2aScanContract.inChain(previous, next, chain));
                assertThat(answer.field("decision")).isEqualTo("ALLOW");
                previous = next;
            }
            List<TenantFixture> sides = tenant.throughBoth();
            List<java.util.concurrent.Callable<HttpResult>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                TenantFixture side = sides.get(i % 2);
                Map<String, Object> hop = A2aScanContract.inChain(last, A2aScanContract.newId(), chain);
                calls.add(() -> A2aScanContract.send(side, hop));
            }

            List<HttpResult> answers = A2aScanContract.allAtOnce(calls);

            assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.text()).isEqualTo(200));
            assertThat(answers.stream().filter(answer -> answer.field("decision").equals("ALLOW")).count())
                    .isEqualTo(1);
            assertThat(answers.stream().filter(answer -> A2aScanContract.reasons(answer).contains("A2A_CHAIN_DEPTH"))
                    .count()).isEqualTo(5);
        }
    }
}
