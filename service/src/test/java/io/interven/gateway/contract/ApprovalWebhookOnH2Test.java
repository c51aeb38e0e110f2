package io.interven.gateway.contract;

import static io.interven.gateway.contract.ApprovalApi.decide;
import static io.interven.gateway.contract.ApprovalApi.postRequiringApproval;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interven.gateway.testing.GatewayHarness;
import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.TenantFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Approval notifications to configured webhooks, received by a local HTTP server: events when an approval is
 * created and decided, as JSON or as a Slack message, never with the call's data, and never holding up a scan.
 */
class ApprovalWebhookOnH2Test {
    private final WebhookReceiver receiver = new WebhookReceiver();

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    private static TenantFixture tenantRequiringApproval(GatewayHarness gateway) {
        TenantFixture tenant = gateway.newTenant();
        PolicyApi.applyApprovalForUnknownHost(tenant);
        return tenant;
    }

    @Test
    void analystsAreNotifiedWhenAnApprovalIsCreatedAndDecidedWithoutTheCallsData() {
        try (GatewayHarness gateway = WebhookGateway.start(new String[][] {{receiver.url("/ok/json"), "json"},
                {receiver.url("/ok/slack"), "slack"}}, "5 seconds")) {
            TenantFixture tenant = tenantRequiringApproval(gateway);
            Map<String, Object> planted = Map.of("note", "deploy key " + PlantedValues.GITHUB_TOKEN,
                    "contact", PlantedValues.EMAIL);
            String approvalId = postRequiringApproval(tenant, planted);

            JsonNode created = receiver.await("/ok/json", event("approval.created", approvalId))
                    .orElseThrow(() -> new AssertionError("no approval.created in " + receiver.received("/ok/json")));

            assertThat(created.path("status").asText()).isEqualTo("pending");
            assertThat(created.path("tenant_id").asText()).isEqualTo(tenant.tenantId());
            assertThat(created.path("env_name").asText()).isEqualTo("production");
            assertThat(created.path("trace_id").asText()).matches("[0-9a-f-]{36}");
            assertThat(created.path("summary").asText()).contains("custom_proxy");

            assertThat(postRequiringApproval(tenant, planted)).isEqualTo(approvalId);
            decide(tenant, approvalId, "approve", "ok for INC-42");
            JsonNode decided = receiver.await("/ok/json", event("approval.decided", approvalId))
                    .orElseThrow(() -> new AssertionError("no approval.decided in " + receiver.received("/ok/json")));

            assertThat(decided.path("status").asText()).isEqualTo("approved");
            assertThat(decided.path("comment").asText()).isEqualTo("ok for INC-42");
            assertThat(receiver.received("/ok/json")).as("scanning the pending call again notifies nobody")
                    .filteredOn(text -> text.contains("approval.created")).hasSize(1);
            assertThat(receiver.await("/ok/slack", slackText(approvalId, "Approval needed"))).isPresent();
            assertThat(receiver.await("/ok/slack", slackText(approvalId, "approved: ok for INC-42"))).isPresent();
            List<String> leaks = new ArrayList<>();
            receiver.received("/ok/json").forEach(body -> leaks.addAll(PlantedValues.foundIn("json hook", body)));
            receiver.received("/ok/slack").forEach(body -> leaks.addAll(PlantedValues.foundIn("slack hook", body)));
            assertThat(leaks).isEmpty();
        }
    }

    @Test
    void aBlockedFailingOrUnreachableWebhookNeverHoldsUpAScanOrADecision() {
        String[][] hooks = {{receiver.url("/failing/json"), "json"}, {receiver.url("/blocked/json"), "json"},
                {"http://127.0.0.1:1/unreachable", "slack"}};
        // Resources close in reverse order: the receiver releases the held delivery before the gateway stops.
        try (GatewayHarness gateway = WebhookGateway.start(hooks, "10 minutes"); WebhookReceiver held = receiver) {
            TenantFixture tenant = tenantRequiringApproval(gateway);
            String first = postRequiringApproval(tenant, Map.of("item", "first"));
            assertThat(held.awaitBlockedDelivery()).as("a delivery reached the blocked hook").isTrue();

            String second = postRequiringApproval(tenant, Map.of("item", "second"));
            HttpResult approved = decide(tenant, second, "approve", "fine");
            HttpResult benign = tenant.scan(ScanCalls.benign());

            assertThat(held.stillBlocking()).as("the blocked hook still holds its delivery").isTrue();
            assertThat(second).isNotEqualTo(first);
            assertThat(approved.field("status")).isEqualTo("approved");
            assertThat(benign.field("decision")).isEqualTo("ALLOW");
            assertThat(held.await("/failing/json", event("approval.created", first))).isPresent();
        }
    }

    private static Predicate<JsonNode> event(String name, String approvalId) {
        return json -> json.path("event").asText().equals(name) && json.path("approval_id").asText().equals(approvalId);
    }

    private static Predicate<JsonNode> slackText(String approvalId, String wording) {
        return json -> json.size() == 1 && json.path("text").asText().contains(approvalId)
                && json.path("text").asText().contains(wording);
    }
}
