package io.interven.gateway.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Inbound routes ({@code /v1/admin/inbound-routes}): the master key their credentials are encrypted with, the keys
 * it replaced, whether plain-http upstreams are allowed, and how often each node reads the routes again.
 * {@link #toString()} never shows a key.
 */
public class InboundConfiguration {
    /** The environment variable read when {@link #masterKey} is empty. */
    public static final String MASTER_KEY_VARIABLE = "INTERVEN_MASTER_KEY";

    /**
     * The current master key: base64 of 32 random bytes ({@code openssl rand -base64 32}). Empty: the environment
     * variable {@value #MASTER_KEY_VARIABLE}; empty too: no master key (no route can be created).
     */
    @JsonProperty
    public String masterKey = "";

    /** Master keys replaced by {@link #masterKey}; rows sealed with one are re-encrypted at start. */
    @NotNull
    @JsonProperty
    public List<String> retiredMasterKeys = new ArrayList<>();

    /** When true an upstream may be plain {@code http} on any host; otherwise only on a loopback host. */
    @JsonProperty
    public boolean allowPlainHttp = false;

    /** How often each node reads every route again: the longest another node's change takes to reach it. */
    @NotNull
    @JsonProperty
    public Duration refreshInterval = Duration.seconds(2);

    /**
     * Whether routes may reach loopback, private (RFC 1918, IPv6 unique-local) and shared (100.64.0.0/10) addresses.
     * Off by default, so that a tenant's admin cannot point a route at the gateway's own admin port or the operator's
     * internal services; link-local addresses (the cloud metadata service) are never reached.
     */
    @JsonProperty
    public boolean allowPrivateUpstreams = false;

    /**
     * How much of the start of each upstream answer the proxy keeps, while it streams the answer through, to classify
     * it once complete (as {@code POST /v1/scan/response} would); the rest is relayed without being kept.
     */
    @Min(0)
    @Max(16 * 1024 * 1024)
    @JsonProperty
    public int classifiedAnswerBytes = 1024 * 1024;

    /** The master key as configured, else from the environment; empty when neither names one. */
    public String masterKeyOrFrom(Map<String, String> environment) {
        if (masterKey != null && !masterKey.isBlank()) {
            return masterKey.trim();
        }
        String fromEnvironment = environment.get(MASTER_KEY_VARIABLE);
        return fromEnvironment == null ? "" : fromEnvironment.trim();
    }

    @Override
    public String toString() {
        return "InboundConfiguration[retired keys: " + retiredMasterKeys.size() + ", allowPlainHttp: "
                + allowPlainHttp + ", refreshInterval: " + refreshInterval + "]";
    }
}
