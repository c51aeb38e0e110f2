package io.interven.gateway.plugin;

import io.interven.spi.Detector;
import io.interven.spi.RiskSignal;
import io.interven.spi.ToolRecognizer;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** What the plugins provide, in load order: the pipeline's detectors, recognizers and signals. */
public record LoadedPlugins(List<PluginInfo> plugins, List<Detector> detectors, List<ToolRecognizer> recognizers,
                            List<RiskSignal> signals) {
    public LoadedPlugins {
        plugins = List.copyOf(plugins);
        detectors = List.copyOf(detectors);
        recognizers = List.copyOf(recognizers);
        signals = List.copyOf(signals);
    }

    public Set<String> startedPluginIds() {
        return plugins.stream().filter(p -> "STARTED".equals(p.state())).map(PluginInfo::pluginId)
                .collect(Collectors.toUnmodifiableSet());
    }
}
