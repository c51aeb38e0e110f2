package io.interven.gateway.tenancy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fields a settings update names; an absent field keeps its value. {@code rateLimitPerMinute} present and
 * empty sets it back to the gateway default. {@code ownPrincipals} holds the own-principal lists the update
 * replaces, normalized ({@link OwnPrincipalKinds}); a list it does not name is kept.
 */
public record TenantSettingsChange(Optional<Optional<Integer>> rateLimitPerMinute,
                                   Optional<Boolean> requireSignedRequests,
                                   Optional<Boolean> autoRegisterAgents, Map<String, List<String>> ownPrincipals) {
    public TenantSettingsChange {
        ownPrincipals = ownPrincipals == null ? Map.of() : Map.copyOf(ownPrincipals);
    }

    /** A change of the rate limit and the signature setting only. */
    public TenantSettingsChange(Optional<Optional<Integer>> rateLimitPerMinute,
                                Optional<Boolean> requireSignedRequests) {
        this(rateLimitPerMinute, requireSignedRequests, Optional.empty(), Map.of());
    }

    TenantSettingsRow applyTo(TenantSettingsRow current, long now) {
        Integer limit = rateLimitPerMinute.isPresent() ? rateLimitPerMinute.get().orElse(null)
                : current.rateLimitPerMinute();
        return new TenantSettingsRow(current.tenantId(), limit,
                requireSignedRequests.orElse(current.requireSignedRequests()), now,
                autoRegisterAgents.orElse(current.autoRegisterAgents()));
    }
}
