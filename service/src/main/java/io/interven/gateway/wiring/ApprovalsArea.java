package io.interven.gateway.wiring;

import io.interven.gateway.approval.ApprovalSearch;
import io.interven.gateway.approval.ApprovalService;
import io.interven.gateway.approval.WebhookNotifier;
import io.interven.gateway.resources.ApprovalResource;
import java.time.Duration;

/** Human approvals: requested by REQUIRE_APPROVAL scans, announced by webhook, decided and polled over the API. */
public record ApprovalsArea(ApprovalService approvals) {

    public static ApprovalsArea wire(Foundation base) {
        WebhookNotifier notifier = new WebhookNotifier(base.config().approvals.webhooks,
                Duration.ofMillis(base.config().approvals.webhookTimeout.toMilliseconds()), base.mapper());
        base.environment().lifecycle().manage(notifier);
        ApprovalService approvals = new ApprovalService(base.jdbi(),
                Duration.ofMillis(base.config().approvals.ttl.toMilliseconds()), base.clock(), notifier);
        base.register(new ApprovalResource(approvals, new ApprovalSearch(base.jdbi()), base.requests(),
                base.mapper()));
        return new ApprovalsArea(approvals);
    }
}
