package io.interven.gateway.policy;

import io.interven.gateway.errors.ApiException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The policy API's operations: apply, read, list versions, disable or enable. Changes reach this node's policy
 * cache at once. The built-in default policy reads like a stored one until a tenant overrides it.
 */
public class PolicyService {
    private final PolicyStore store;
    private final StoredPolicySource source;
    private final Policy builtinDefault;

    public PolicyService(PolicyStore store, StoredPolicySource source, Policy builtinDefault) {
        this.store = store;
        this.source = source;
        this.builtinDefault = builtinDefault;
    }

    public ApplyResult apply(UUID tenantId, PolicyDraft draft, UUID appliedBy) {
        ApplyResult result = store.apply(tenantId, draft, appliedBy);
        source.invalidate(tenantId, draft.envName());
        return result;
    }

    /** The latest stored version; empty for the built-in default (see {@link #isBuiltin}). */
    public Optional<StoredPolicy> latest(UUID tenantId, String envName, String name) {
        return store.latest(tenantId, envName, name);
    }

    public boolean isBuiltin(UUID tenantId, String envName, String name) {
        return name.equals(BuiltinDefaultPolicy.NAME) && store.latest(tenantId, envName, name).isEmpty();
    }

    public Policy builtinDefault() {
        return builtinDefault;
    }

    public List<StoredPolicy> versions(UUID tenantId, String envName, String name) {
        List<StoredPolicy> versions = store.versions(tenantId, envName, name);
        if (versions.isEmpty()) {
            throw ApiException.notFound("policy " + name + " in environment " + envName);
        }
        return versions;
    }

    public StoredPolicy version(UUID tenantId, String envName, String name, int version) {
        return store.version(tenantId, envName, name, version)
                .orElseThrow(() -> ApiException.notFound("version " + version + " of policy " + name));
    }

    /** Appends a version that differs only in being enabled or not; unchanged when it already is. */
    public ApplyResult setEnabled(UUID tenantId, String envName, String name, boolean enabled, UUID by) {
        StoredPolicy current = store.latest(tenantId, envName, name)
                .orElseThrow(() -> ApiException.notFound("policy " + name + " in environment " + envName));
        return apply(tenantId, current.toDraft().withEnabled(enabled), by);
    }

    public List<StoredPolicy> latestOfEnvironment(UUID tenantId, String envName) {
        return new ArrayList<>(store.latestOfEnvironment(tenantId, envName));
    }

    /** The enabled policies of the environment as stored now (not cached). */
    public List<Policy> enabledPolicies(UUID tenantId, String envName) {
        return store.latestOfEnvironment(tenantId, envName).stream().filter(StoredPolicy::enabled)
                .map(StoredPolicy::toPolicy).toList();
    }
}
