package io.interven.gateway.tenancy;

import java.util.Optional;

/**
 * The fields a settings update names; an absent field keeps its value. {@code rateLimitPerMinute} present and
 * empty sets it back to the gateway default.
 */
public record TenantSettingsChange(Optional<Optional<Integer>> rateLimitPerMinute,
                                   Optional<Boolean> requireSignedRequests) {

    TenantSettingsRow applyTo(TenantSettingsRow current, long now) {
        Integer limit = rateLimitPerMinute.isPresent() ? rateLimitPerMinute.get().orElse(null)
                : current.rateLimitPerMinute();
        return new TenantSettingsRow(current.tenantId(), limit,
                requireSignedRequests.orElse(current.requireSignedRequests()), now);
    }
}
