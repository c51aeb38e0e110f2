package io.interven.gateway.plugin;

import io.dropwizard.lifecycle.Managed;
import io.interven.gateway.config.PluginsConfiguration;
import io.interven.spi.Detector;
import io.interven.spi.RiskSignal;
import io.interven.spi.ToolRecognizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads every plugin jar of the configured folder at start-up, fails loudly on a bad one (naming the jar), hands
 * each started plugin its settings ({@link PluginConfigurator}), and unloads them at shutdown.
 */
public class PluginHost implements Managed {
    private static final Logger LOG = LoggerFactory.getLogger(PluginHost.class);

    private final Path directory;
    private final GatewayPluginManager manager;
    private final SpiRequirement spiRequirement;
    private final PluginConfigurator configurator;

    public PluginHost(PluginsConfiguration config) {
        this.directory = Path.of(config.directory).toAbsolutePath().normalize();
        this.manager = new GatewayPluginManager(directory, new ConfiguredPluginStatus(config.enabled, config.disabled));
        this.spiRequirement = new SpiRequirement(manager);
        this.configurator = new PluginConfigurator(config.config);
    }

    /**
     * Loads, starts and configures the plugins; throws {@link PluginLoadException} naming the first unusable jar or
     * refused setting.
     */
    public LoadedPlugins load() {
        if (!Files.isDirectory(directory)) {
            throw new PluginLoadException("plugins folder " + directory + " does not exist (run `mvn package` from "
                    + "the repository root, or set plugins.directory)");
        }
        for (Path jar : jarsIn(directory)) {
            spiRequirement.check(jar.getFileName().toString(), PluginJarInspector.check(jar));
            try {
                manager.loadPlugin(jar);
            } catch (RuntimeException e) {
                throw new PluginLoadException("plugin jar " + jar.getFileName() + " could not be loaded: "
                        + e.getMessage(), e);
            }
        }
        configurator.checkEveryIdIsKnown(manager.getPlugins().stream().map(PluginWrapper::getPluginId)
                .collect(Collectors.toSet()), directory);
        manager.startPlugins();

        List<PluginInfo> infos = new ArrayList<>();
        List<Detector> detectors = new ArrayList<>();
        List<ToolRecognizer> recognizers = new ArrayList<>();
        List<RiskSignal> signals = new ArrayList<>();
        for (PluginWrapper plugin : manager.getPlugins()) {
            String jar = plugin.getPluginPath().getFileName().toString();
            List<ExtensionInfo> extensions = new ArrayList<>();
            if (plugin.getPluginState() == PluginState.STARTED) {
                String id = plugin.getPluginId();
                List<Object> created = new ArrayList<>();
                extensions.addAll(collect(Detector.class, id, jar, Detector::id, detectors, created));
                extensions.addAll(collect(ToolRecognizer.class, id, jar, ToolRecognizer::id, recognizers, created));
                extensions.addAll(collect(RiskSignal.class, id, jar, RiskSignal::id, signals, created));
                if (extensions.isEmpty()) {
                    throw new PluginLoadException("plugin jar " + jar + " (" + id + ") provides no Detector, "
                            + "ToolRecognizer or RiskSignal extension");
                }
                configurator.configure(id, jar, created);
            } else if (plugin.getPluginState() == PluginState.FAILED) {
                throw new PluginLoadException("plugin jar " + jar + " failed to start: " + plugin.getFailedException(),
                        plugin.getFailedException());
            }
            PluginInfo info = new PluginInfo(plugin.getPluginId(), plugin.getDescriptor().getVersion(),
                    plugin.getDescriptor().getProvider(), plugin.getDescriptor().getPluginDescription(), jar,
                    plugin.getPluginState().toString(), extensions);
            LOG.info("plugin {} {} from {}: {} {}", info.pluginId(), info.version(), jar, info.state(),
                    extensions.stream().map(e -> e.extensionPoint() + ":" + e.id()).toList());
            infos.add(info);
        }
        return new LoadedPlugins(infos, detectors, recognizers, signals);
    }

    /**
     * Creates every extension of {@code point} the plugin declares. PF4J's own {@code getExtensions} logs and
     * drops an extension whose class is missing or whose constructor throws; here that stops start-up instead,
     * naming the jar and the class.
     */
    private <T> List<ExtensionInfo> collect(Class<T> point, String pluginId, String jar, Function<T, String> idOf,
                                            List<T> into, List<Object> created) {
        List<ExtensionInfo> infos = new ArrayList<>();
        ClassLoader loader = manager.getPluginClassLoader(pluginId);
        for (String className : manager.getExtensionClassNames(pluginId)) {
            Class<?> type;
            try {
                type = loader.loadClass(className);
            } catch (ClassNotFoundException | LinkageError e) {
                throw new PluginLoadException("plugin jar " + jar + ": extension class " + className
                        + " could not be loaded: " + e, e);
            }
            if (!point.isAssignableFrom(type)) {
                continue;
            }
            Object instance;
            try {
                instance = manager.getExtensionFactory().create(type);
            } catch (RuntimeException | LinkageError e) {
                throw new PluginLoadException("plugin jar " + jar + ": extension " + className
                        + " could not be created: " + e, e);
            }
            if (instance == null) {
                throw new PluginLoadException("plugin jar " + jar + ": extension " + className
                        + " could not be created");
            }
            T extension = point.cast(instance);
            into.add(extension);
            created.add(extension);
            infos.add(new ExtensionInfo(point.getSimpleName(), idOf.apply(extension), className));
        }
        return infos;
    }

    private static List<Path> jarsIn(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new PluginLoadException("plugins folder " + directory + " cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public void start() {
        // plugins are loaded eagerly in Application.run() so a bad jar stops start-up before the server listens
    }

    @Override
    public void stop() {
        // stopPlugins() throws ConcurrentModificationException in PF4J 3.15 (upstream issue 656); unload instead
        manager.unloadPlugins();
    }
}
