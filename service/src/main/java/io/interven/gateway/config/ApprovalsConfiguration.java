package io.interven.gateway.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** Human approvals of REQUIRE_APPROVAL decisions. */
public class ApprovalsConfiguration {
    /** How long an approval stays pending (or, once approved, usable) before it expires. */
    @NotNull
    @JsonProperty
    public Duration ttl = Duration.minutes(15);

    /** Notified when an approval is created and when it is decided; never delays a scan. */
    @Valid
    @NotNull
    @JsonProperty
    public List<WebhookConfiguration> webhooks = List.of();

    /** How long one webhook delivery may take before it is abandoned. */
    @NotNull
    @JsonProperty
    public Duration webhookTimeout = Duration.seconds(5);
}
