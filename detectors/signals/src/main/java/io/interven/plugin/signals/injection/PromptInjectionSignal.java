package io.interven.plugin.signals.injection;

import io.interven.plugin.signals.ConfiguredSignal;
import io.interven.plugin.signals.TenantWeight;
import io.interven.spi.PluginSettings;
import io.interven.spi.ReasonCodes;
import io.interven.spi.ScanField;
import io.interven.spi.SignalContext;
import io.interven.spi.SignalResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.pf4j.Extension;

/**
 * Fires when the agent's stated reason for a call (the request's {@code context}) or a text the call carries holds
 * a prompt-injection marker of {@code injection-markers.yaml}: "ignore previous instructions", "you are now DAN",
 * "reveal your system prompt", in English, Spanish, French, German, Portuguese, Italian, Chinese, Japanese and
 * Russian. Markers are data, matched word by word by one automaton ({@link MarkerAutomaton}) in a single pass over
 * each text. The detail names the markers and where they were found (agent context, field paths), never the text.
 *
 * <p>Setting, under {@code plugins.config.signals.prompt-injection}: {@code weight} (default 0.5).
 */
@Extension
public class PromptInjectionSignal extends ConfiguredSignal {
    public static final String ID = "prompt-injection";
    static final double WEIGHT = 0.5;
    static final String MARKERS_RESOURCE = "injection-markers.yaml";
    static final String AGENT_CONTEXT = "agent context";
    private static final int MAX_PLACES_NAMED = 5;

    private static final MarkerAutomaton MARKERS = builtInMarkers();

    private double weight = WEIGHT;

    public PromptInjectionSignal() {
        super(ID);
    }

    @Override
    protected void configureSection(PluginSettings settings) {
        settings.rejectUnknownKeys("weight");
        weight = weight(settings, "weight", WEIGHT);
    }

    @Override
    public Optional<SignalResult> evaluate(SignalContext context) {
        Map<String, BitSet> places = new LinkedHashMap<>();
        note(places, AGENT_CONTEXT, MARKERS.find(context.agentContext()));
        for (ScanField field : context.fields()) {
            note(places, field.path(), MARKERS.find(field.text()));
        }
        if (places.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SignalResult(ID, ReasonCodes.PROMPT_INJECTION,
                TenantWeight.of(context, ID, "weight", weight), describe(places)));
    }

    private static void note(Map<String, BitSet> places, String where, BitSet found) {
        if (!found.isEmpty()) {
            places.computeIfAbsent(where, w -> new BitSet()).or(found);
        }
    }

    private static String describe(Map<String, BitSet> places) {
        TreeSet<String> markers = new TreeSet<>();
        StringBuilder where = new StringBuilder();
        int named = 0;
        for (Map.Entry<String, BitSet> place : places.entrySet()) {
            for (int index : MarkerAutomaton.indexes(place.getValue())) {
                markers.add(MARKERS.marker(index).id());
            }
            if (named < MAX_PLACES_NAMED) {
                where.append(named == 0 ? "" : ", ").append(place.getKey());
                named++;
            }
        }
        if (places.size() > MAX_PLACES_NAMED) {
            where.append(" and ").append(places.size() - MAX_PLACES_NAMED).append(" more");
        }
        return "prompt-injection markers " + String.join(", ", markers) + " in " + where;
    }

    static MarkerAutomaton builtInMarkers() {
        MarkerFileParser.MarkerFile file = MarkerFileParser.parse(MARKERS_RESOURCE, builtInMarkerText());
        return new MarkerAutomaton(file.markers(), file.fillers());
    }

    static String builtInMarkerText() {
        try (InputStream in = PromptInjectionSignal.class.getResourceAsStream(MARKERS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(MARKERS_RESOURCE + " is missing from the plugin");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
