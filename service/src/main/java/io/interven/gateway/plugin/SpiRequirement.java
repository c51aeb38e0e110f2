package io.interven.gateway.plugin;

import java.util.jar.Attributes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a jar's {@code Plugin-Requires} (a SemVer expression such as {@code ^1.0.0}) against the SPI version the
 * gateway runs as PF4J's system version, with PF4J's own rules (a bare {@code 1.2.0} means {@code >=1.2.0}). PF4J by
 * itself only disables such a plugin with a log line; here it stops start-up, naming the jar, the plugin, what it
 * requires and what the gateway provides. A jar without {@code Plugin-Requires} is accepted with a warning.
 */
final class SpiRequirement {
    static final String ATTRIBUTE = "Plugin-Requires";
    private static final Logger LOG = LoggerFactory.getLogger(SpiRequirement.class);

    private final GatewayPluginManager manager;

    SpiRequirement(GatewayPluginManager manager) {
        this.manager = manager;
    }

    void check(String jar, Attributes manifest) {
        String pluginId = manifest.getValue("Plugin-Id");
        String requires = manifest.getValue(ATTRIBUTE);
        String provided = manager.getSystemVersion();
        if (requires == null || requires.isBlank()) {
            LOG.warn("plugin jar {} ({}) declares no {}; it is loaded on SPI {} unchecked", jar, pluginId, ATTRIBUTE,
                    provided);
            return;
        }
        boolean met;
        try {
            met = manager.getVersionManager().checkVersionConstraint(provided, constraintOf(requires.trim()));
        } catch (RuntimeException e) {
            throw new PluginLoadException("plugin jar " + jar + " (" + pluginId + ") has an invalid " + ATTRIBUTE
                    + " '" + requires + "': expected a SemVer expression such as ^" + provided);
        }
        if (!met) {
            throw new PluginLoadException("plugin jar " + jar + " (" + pluginId + ") requires SPI " + requires
                    + ", but this gateway provides SPI " + provided + ": use a build of the plugin for SPI " + provided
                    + " or a gateway whose SPI meets " + requires);
        }
    }

    private String constraintOf(String requires) {
        return !manager.isExactVersionAllowed() && requires.matches("\\d+\\.\\d+\\.\\d+") ? ">=" + requires : requires;
    }
}
