package io.interven.gateway.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;

/** One URL that receives approval events, as plain JSON or as a Slack-compatible message ({@code {"text"}}). */
public class WebhookConfiguration {
    @NotEmpty
    @Pattern(regexp = "https?://.+", message = "must be an http(s) URL")
    @JsonProperty
    public String url;

    @Pattern(regexp = "json|slack", message = "must be json or slack")
    @JsonProperty
    public String format = "json";
}
