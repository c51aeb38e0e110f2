package io.interven.plugin.signals;

import io.interven.spi.PluginSettings;
import io.interven.spi.SignalContext;

/**
 * A signal's weight for the calling tenant: the tenant's own setting for the signal's section
 * ({@link SignalContext#tenantSettings()}, empty until the gateway stores tenant-level plugin settings) over the
 * weight from config.yml. A tenant value outside 0 to 1 is refused like a bad config.yml value, which fails the scan
 * closed.
 */
public final class TenantWeight {
    private TenantWeight() {
    }

    public static double of(SignalContext context, String section, String key, double configured) {
        PluginSettings tenant = context.tenantSettings();
        if (tenant.isEmpty() || !tenant.has(section)) {
            return configured;
        }
        PluginSettings settings = tenant.section(section);
        double weight = settings.decimal(key, configured);
        if (weight < 0 || weight > 1) {
            throw settings.invalid(key, "must be between 0 and 1");
        }
        return weight;
    }
}
