package io.interven.gateway.config;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What the first start on an empty database creates. */
public class BootstrapConfiguration {
    /**
     * The value of the first key (every role). Normally {@code ${INTERVEN_BOOTSTRAP_KEY:-}} in config.yml; when
     * empty a key is generated and printed once to the console.
     */
    @JsonProperty
    public String key = "";

    @JsonProperty
    public String tenantName = "default";

    @JsonProperty
    public String environmentName = "production";
}
