package io.interven.gateway.plugin;

import io.interven.spi.SpiVersion;
import java.nio.file.Path;
import org.pf4j.CompoundPluginLoader;
import org.pf4j.DefaultPluginManager;
import org.pf4j.JarPluginLoader;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginLoader;
import org.pf4j.RuntimeMode;

/**
 * PF4J, set up for Interven: jar plugins only, loaded with {@link SpiOnlyClassLoader}, statuses from config, and
 * the SPI version ({@link SpiVersion#CURRENT}) as the system version that {@code Plugin-Requires} is checked against.
 */
class GatewayPluginManager extends DefaultPluginManager {

    GatewayPluginManager(Path directory, ConfiguredPluginStatus status) {
        super(directory);
        this.pluginStatusProvider = status;
        setSystemVersion(SpiVersion.CURRENT);
    }

    @Override
    public RuntimeMode getRuntimeMode() {
        return RuntimeMode.DEPLOYMENT;
    }

    @Override
    protected PluginLoader createPluginLoader() {
        return new CompoundPluginLoader().add(new JarPluginLoader(this) {
            @Override
            protected PluginClassLoader createPluginClassLoader(Path pluginPath, PluginDescriptor descriptor) {
                return new SpiOnlyClassLoader(pluginManager, descriptor, GatewayPluginManager.class.getClassLoader());
            }
        });
    }
}
