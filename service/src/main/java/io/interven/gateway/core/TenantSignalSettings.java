package io.interven.gateway.core;

import io.interven.spi.PluginSettings;
import java.util.UUID;

/**
 * The calling tenant's settings that signals see as {@link io.interven.spi.SignalContext#tenantSettings()}: its
 * own principals (section {@code own}). Read from memory on the scan path, never with a database round trip per
 * scan.
 */
@FunctionalInterface
public interface TenantSignalSettings {
    /** No tenant settings: every principal is outside. */
    TenantSignalSettings NONE = tenantId -> PluginSettings.empty();

    PluginSettings of(UUID tenantId);
}
