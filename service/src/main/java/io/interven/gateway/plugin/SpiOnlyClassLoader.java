package io.interven.gateway.plugin;

import java.util.List;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginManager;

/**
 * A plugin's class loader: the plugin sees the JDK, the Interven SPI, PF4J and SLF4J from the host, and
 * otherwise only its own jar. The host's internals (Dropwizard, Jackson, JDBI, the service) stay invisible, so a
 * plugin cannot come to depend on them, and its private libraries never clash with the host's.
 */
class SpiOnlyClassLoader extends PluginClassLoader {
    static final List<String> SHARED_PACKAGES = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.", "org.w3c.",
            "org.xml.", "org.ietf.", "io.interven.spi.", "org.pf4j.", "org.slf4j.");

    SpiOnlyClassLoader(PluginManager manager, PluginDescriptor descriptor, ClassLoader host) {
        super(manager, descriptor, host);
    }

    static boolean isShared(String className) {
        for (String prefix : SHARED_PACKAGES) {
            if (className.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Class<?> loadClass(String className) throws ClassNotFoundException {
        if (isShared(className)) {
            return getParent().loadClass(className);
        }
        synchronized (getClassLoadingLock(className)) {
            Class<?> loaded = findLoadedClass(className);
            return loaded != null ? loaded : findClass(className);
        }
    }
}
