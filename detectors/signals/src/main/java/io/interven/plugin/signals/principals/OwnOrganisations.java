package io.interven.plugin.signals.principals;

import io.interven.spi.PluginSettings;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Each tenant's {@link OwnOrganisation}, read once per settings instance rather than once per scan. The gateway
 * hands a signal the same settings instance for a tenant until it reads the tenant's lists again (a change, or a
 * refresh every few seconds), so an instance is a version of the lists: an answer kept for it never outlives a
 * change. Kept in {@value #SLOTS} slots chosen by the instance's identity; a slot holds the last instance that
 * landed in it, so tenants that share a slot read their lists again in turn and nothing grows.
 */
final class OwnOrganisations {
    static final int SLOTS = 256;

    private record Entry(PluginSettings settings, OwnOrganisation organisation) {
    }

    private final AtomicReferenceArray<Entry> slots = new AtomicReferenceArray<>(SLOTS);

    OwnOrganisation of(PluginSettings tenantSettings) {
        int slot = System.identityHashCode(tenantSettings) & (SLOTS - 1);
        Entry entry = slots.get(slot);
        if (entry != null && entry.settings() == tenantSettings) {
            return entry.organisation();
        }
        OwnOrganisation read = OwnOrganisation.of(tenantSettings);
        slots.set(slot, new Entry(tenantSettings, read));
        return read;
    }
}
