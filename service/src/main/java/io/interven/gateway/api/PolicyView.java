package io.interven.gateway.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.interven.gateway.policy.Policy;
import io.interven.gateway.policy.PolicyJsonWriter;
import io.interven.gateway.policy.StoredPolicy;
import java.util.Locale;

/** A policy version as the policy API answers it: {@code policy_id, name, env_name, version, rules, ...}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PolicyView(String policyId, String name, String envName, int version, String description, String mode,
                         boolean enabled, boolean builtin, JsonNode rules, Long createdAt) {

    public static PolicyView of(StoredPolicy p) {
        return new PolicyView(p.policyId().toString(), p.name(), p.envName(), p.version(), p.description(),
                p.mode().name().toLowerCase(Locale.ROOT), p.enabled(), false, p.rulesJson(), p.createdAt());
    }

    public static PolicyView builtin(Policy p, String envName) {
        return new PolicyView(p.policyId(), p.name(), envName, p.version(),
                "The decision when no rule of the environment's policies matches. Override it by applying a "
                        + "policy named builtin-default.",
                p.mode().name().toLowerCase(Locale.ROOT), true, true, PolicyJsonWriter.rules(p.rules()), null);
    }
}
