package io.interven.plugin.signals.intel;

import io.interven.plugin.signals.ConfiguredSignal;
import io.interven.plugin.signals.TenantWeight;
import io.interven.spi.OutboundCall;
import io.interven.spi.PluginSettings;
import io.interven.spi.ReasonCodes;
import io.interven.spi.SignalContext;
import io.interven.spi.SignalResult;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.pf4j.Extension;

/**
 * Fires when a call goes to a destination on a block list (the default list of paste sites, request-capture
 * services, file drops and tunnels shipped with the plugin, and the files the operator names), to a Tor onion
 * service, or to a host that imitates a catalogue tool's domain ({@code s1ack.com}). The detail names the list
 * and the category, or the imitated domain; never anything the call carries. Look-ups cost a few hash look-ups
 * whatever the size of the lists, and files are reloaded off the scan path when they change.
 *
 * <p>Settings, under {@code plugins.config.signals.threat-intel}: {@code lists} (files), {@code default-list},
 * {@code listed-weight}, {@code lookalikes}, {@code lookalike-weight}, {@code lookalike-allow},
 * {@code reload-interval-seconds} (detectors/signals/README.md).
 */
@Extension
public class ThreatIntelSignal extends ConfiguredSignal {
    public static final String ID = "threat-intel";
    static final double LISTED_WEIGHT = 0.75;
    static final double LOOKALIKE_WEIGHT = 0.6;
    static final int RELOAD_INTERVAL_SECONDS = 5;
    static final String DEFAULT_LIST_RESOURCE = "default-block-list.txt";
    private static final String ONION = "onion";

    private static final BlockList DEFAULT_LIST = readDefaultList();
    private static final CatalogueDomains CATALOGUE = CatalogueDomains.builtIn();

    private double listedWeight = LISTED_WEIGHT;
    private double lookalikeWeight = LOOKALIKE_WEIGHT;
    private ConfiguredLists lists = new ConfiguredLists(DEFAULT_LIST, List.of());
    private Lookalikes lookalikes = new Lookalikes(CATALOGUE, List.of());

    public ThreatIntelSignal() {
        super(ID);
    }

    @Override
    protected void configureSection(PluginSettings settings) {
        settings.rejectUnknownKeys("lists", "default-list", "listed-weight", "lookalikes", "lookalike-weight",
                "lookalike-allow", "reload-interval-seconds");
        listedWeight = weight(settings, "listed-weight", LISTED_WEIGHT);
        lookalikeWeight = weight(settings, "lookalike-weight", LOOKALIKE_WEIGHT);
        int interval = settings.integer("reload-interval-seconds", RELOAD_INTERVAL_SECONDS);
        if (interval < 1 || interval > 3600) {
            throw settings.invalid("reload-interval-seconds", "must be between 1 and 3600");
        }
        List<String> files = settings.list("lists");
        for (int i = 0; i < files.size(); i++) {
            if (!Files.isReadable(Path.of(files.get(i)))) {
                throw settings.invalid("lists", "file " + (i + 1) + " of the list cannot be read");
            }
        }
        lists = new ConfiguredLists(settings.flag("default-list", true) ? DEFAULT_LIST : null,
                files.stream().map(Path::of).toList());
        lookalikes = settings.flag("lookalikes", true) ? new Lookalikes(CATALOGUE, settings.list("lookalike-allow"))
                : null;
        if (lists.hasFiles()) {
            ListRefresher.every(Duration.ofSeconds(interval), lists);
        }
    }

    @Override
    public Optional<SignalResult> evaluate(SignalContext context) {
        OutboundCall call = context.call();
        if (isOnion(call.host())) {
            return fired(TenantWeight.of(context, ID, "listed-weight", listedWeight),
                    "destination is a Tor onion service");
        }
        Optional<Listing> listed = lists.find(call.host(), call.path());
        if (listed.isPresent()) {
            return fired(TenantWeight.of(context, ID, "listed-weight", listedWeight), listed.get().describe());
        }
        if (lookalikes != null) {
            Optional<String> imitated = lookalikes.imitatedBy(call.host(), call.sharedHostingSuffix());
            if (imitated.isPresent()) {
                return fired(TenantWeight.of(context, ID, "lookalike-weight", lookalikeWeight),
                        "destination looks like " + imitated.get());
            }
        }
        return Optional.empty();
    }

    /** Reads changed list files now (the background timer does this every few seconds). */
    void refreshLists() {
        lists.refresh();
    }

    private static boolean isOnion(String host) {
        String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        return name.equals(ONION) || name.endsWith("." + ONION);
    }

    private static Optional<SignalResult> fired(double weight, String detail) {
        return Optional.of(new SignalResult(ID, ReasonCodes.THREAT_INTEL, weight, detail));
    }

    private static BlockList readDefaultList() {
        try (InputStream in = ThreatIntelSignal.class.getResourceAsStream(DEFAULT_LIST_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULT_LIST_RESOURCE + " is missing from the plugin");
            }
            BlockListParser.Parsed parsed = BlockListParser.parse(BlockList.DEFAULT_LIST,
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
            if (parsed.skippedLines() > 0) {
                throw new IllegalStateException(DEFAULT_LIST_RESOURCE + " has a malformed line "
                        + parsed.firstSkippedLine());
            }
            return parsed.list();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
