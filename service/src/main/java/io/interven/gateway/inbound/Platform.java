package io.interven.gateway.inbound;

import java.util.Locale;
import java.util.Optional;

/** Which SaaS agent calls through an inbound route (the admin API's {@code platform}). */
public enum Platform {
    SALESFORCE_AGENTFORCE, HUBSPOT_BREEZE, ZENDESK_AI, INTERCOM_FIN, CUSTOM;

    /** The name the API uses ({@code salesforce_agentforce}). */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Platform> fromApiName(String name) {
        for (Platform platform : values()) {
            if (platform.apiName().equals(name)) {
                return Optional.of(platform);
            }
        }
        return Optional.empty();
    }
}
