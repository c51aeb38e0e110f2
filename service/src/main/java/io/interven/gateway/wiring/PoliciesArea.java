package io.interven.gateway.wiring;

import io.interven.gateway.policy.BuiltinDefaultPolicy;
import io.interven.gateway.policy.PiiSensitivity;
import io.interven.gateway.policy.PolicyEngine;
import io.interven.gateway.policy.PolicyService;
import io.interven.gateway.policy.PolicySimulator;
import io.interven.gateway.policy.PolicyStore;
import io.interven.gateway.policy.StoredPolicySource;
import io.interven.gateway.resources.PolicyResource;

/**
 * Tenant policies: versioned and stored, cached for scans, and simulated against recorded calls. The built-in
 * default policy counts as sensitive the PII types the loaded detectors declare sensitive.
 */
public record PoliciesArea(PolicyEngine engine, StoredPolicySource source) {

    public static PoliciesArea wire(Foundation base, PluginsArea plugins, TracesArea traces) {
        PolicyEngine engine = new PolicyEngine(BuiltinDefaultPolicy.create(
                PiiSensitivity.sensitiveTypes(plugins.loaded().detectors())));
        PolicyStore store = new PolicyStore(base.jdbi(), base.mapper());
        StoredPolicySource source = new StoredPolicySource(store, base.config().caches.maxStaleness(),
                System::currentTimeMillis);
        PolicyService policies = new PolicyService(store, source, engine.builtinDefault());
        base.register(new PolicyResource(base.requests(), policies, new PolicySimulator(engine),
                traces.recordedCalls()));
        return new PoliciesArea(engine, source);
    }
}
