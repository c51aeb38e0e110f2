package io.interven.benchmarks;

import io.interven.gateway.config.GatewayConfiguration;
import io.interven.gateway.plugin.LoadedPlugins;
import io.interven.gateway.plugin.PluginHost;
import io.interven.spi.AgentRef;
import io.interven.spi.OutboundCall;
import io.interven.spi.RiskSignal;
import io.interven.spi.SignalContext;
import io.interven.spi.SignalResult;
import io.interven.spi.ToolMatch;
import io.interven.spi.Verb;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One THREAT_INTEL look-up against an operator's block list of 1,000,000 entries (600,000 domains, 300,000 IPv4
 * and IPv6 CIDR ranges of many prefix lengths, 100,000 URL prefixes) plus the default list, through the signals
 * plugin as the gateway loads it ({@code plugins.config.signals.threat-intel.lists}). A look-up is a few hash
 * look-ups whatever the size of the list; {@code -p entries=1000} shows the same cost on a small list.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class ThreatIntelLookupBenchmark {
    private static final AgentRef AGENT = new AgentRef("bench", "bench", "custom");
    private static final ToolMatch UNKNOWN = new ToolMatch("custom_proxy", "http_post", Verb.WRITE);

    @Param({"1000000"})
    int entries;

    @Param({"listed-domain", "unlisted-domain", "listed-ip", "unlisted-ip", "listed-ipv6", "url-prefix"})
    String destination;

    private Path list;
    private PluginHost host;
    private RiskSignal signal;
    private SignalContext context;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        list = Files.createTempFile("threat-intel-bench", ".txt");
        writeList(list, entries);
        GatewayConfiguration config = new GatewayConfiguration();
        config.plugins.directory = System.getProperty("interven.plugins.dir", "plugins");
        config.plugins.config = Map.of("signals", Map.of("threat-intel", Map.of("lists", List.of(list.toString()))));
        host = new PluginHost(config.plugins);
        LoadedPlugins plugins = host.load();
        signal = plugins.signals().stream().filter(s -> s.id().equals("threat-intel")).findFirst().orElseThrow();
        context = new SignalContext(call(destination, entries), UNKNOWN, List.of(), AGENT);
        boolean listed = !destination.startsWith("unlisted");
        if (signal.evaluate(context).isPresent() != listed) {
            throw new IllegalStateException(destination + " should " + (listed ? "" : "not ") + "be listed");
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(list);
    }

    @Benchmark
    public Optional<SignalResult> lookup() {
        return signal.evaluate(context);
    }

    private static OutboundCall call(String destination, int entries) {
        int last = entries - 1;
        return switch (destination) {
            case "listed-domain" -> OutboundCall.of("POST", "https://a.b.c.host-" + domainIndex(last)
                    + ".blocked.example/upload", Map.of());
            case "unlisted-domain" -> OutboundCall.of("POST", "https://api.deep.sub.domain.partner-portal.example.com"
                    + "/v1/orders/12345", Map.of());
            case "listed-ip" -> OutboundCall.of("POST", "http://10.0." + 7 + ".9/x", Map.of());
            case "unlisted-ip" -> OutboundCall.of("POST", "http://203.0.113.77/x", Map.of());
            case "listed-ipv6" -> OutboundCall.of("POST", "http://[2001:db8:0:7::1]/x", Map.of());
            case "url-prefix" -> OutboundCall.of("POST", "https://files.example.org/drop/" + (entries / 10 - 1)
                    + "/part/7", Map.of());
            default -> throw new IllegalArgumentException(destination);
        };
    }

    private static int domainIndex(int last) {
        return last * 6 / 10;
    }

    /** 60% domains, 30% CIDR ranges (IPv4 /8 to /32, IPv6 /32 to /128), 10% URL prefixes. */
    private static void writeList(Path file, int entries) throws IOException {
        Random random = new Random(42);
        int domains = entries * 6 / 10;
        int ranges = entries * 3 / 10;
        int prefixes = entries - domains - ranges;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("# generated for ThreatIntelLookupBenchmark\n");
            for (int i = 0; i <= domains; i++) {
                out.write("host-" + i + ".blocked.example\n");
            }
            out.write("10.0.7.0/24\n2001:db8:0:7::/64\n");
            for (int i = 0; i < ranges - 2; i++) {
                if (i % 3 == 0) {
                    out.write("2001:db8:" + Integer.toHexString(random.nextInt(65536)) + ":"
                            + Integer.toHexString(random.nextInt(65536)) + "::/" + (32 + random.nextInt(97)) + "\n");
                } else {
                    out.write((11 + random.nextInt(180)) + "." + random.nextInt(256) + "." + random.nextInt(256) + "."
                            + random.nextInt(256) + "/" + (8 + random.nextInt(25)) + "\n");
                }
            }
            for (int i = 0; i < prefixes; i++) {
                out.write("files.example.org/drop/" + i + "\n");
            }
        }
    }
}
