package io.interven.plugin.signals;

import io.interven.spi.Configurable;
import io.interven.spi.PluginSettings;
import io.interven.spi.RiskSignal;
import java.util.Set;

/**
 * A signal of this plugin with settings: it reads them from the section of {@code plugins.config.signals} named by
 * its id (keys in lower case joined by hyphens), and names that section as the one key it reads, so the gateway
 * refuses at start a section no signal reads.
 */
public abstract class ConfiguredSignal implements RiskSignal, Configurable {
    private final String id;

    protected ConfiguredSignal(String id) {
        this.id = id;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Set<String> settingKeys() {
        return Set.of(id);
    }

    @Override
    public final void configure(PluginSettings pluginSettings) {
        configureSection(pluginSettings.section(id));
    }

    /** Reads and checks this signal's section (empty when config.yml has none). */
    protected abstract void configureSection(PluginSettings section);

    /** A weight of the section: 0 to 1, {@code fallback} when absent. */
    public static double weight(PluginSettings section, String key, double fallback) {
        double value = section.decimal(key, fallback);
        if (value < 0 || value > 1) {
            throw section.invalid(key, "must be between 0 and 1");
        }
        return value;
    }
}
