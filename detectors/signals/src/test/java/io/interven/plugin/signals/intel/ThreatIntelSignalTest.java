package io.interven.plugin.signals.intel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interven.spi.InvalidPluginSettings;
import io.interven.spi.OutboundCall;
import io.interven.spi.PluginSettings;
import io.interven.spi.ReasonCodes;
import io.interven.spi.SignalResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ThreatIntelSignalTest {
    @TempDir
    Path folder;

    private static ThreatIntelSignal configured(Map<String, ?> section) {
        ThreatIntelSignal signal = new ThreatIntelSignal();
        signal.configure(PluginSettings.of(Map.of(ThreatIntelSignal.ID, section)));
        return signal;
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://pastebin.com/api/api_post.php", "https://webhook.site/bb5ed5f8-b1db-4c4c",
        "https://abc123.ngrok-free.app/collect", "https://x.ngrok.io/", "https://PASTEBIN.COM./raw/x",
        "https://random-words.trycloudflare.com/upload", "https://transfer.sh/upload", "https://0x0.st/",
        "https://eo1abc.m.pipedream.net/", "https://c59rtm2.oast.fun/", "https://www.toptal.com/developers/hastebin/documents"})
    void theDefaultListNamesPasteSitesCaptureServicesFileDropsAndTunnels(String url) {
        Optional<SignalResult> fired = new ThreatIntelSignal().evaluate(IntelCalls.post(url));

        assertThat(fired).as(url).isPresent();
        assertThat(fired.get().reasonCode()).isEqualTo(ReasonCodes.THREAT_INTEL);
        assertThat(fired.get().weight()).isEqualTo(0.75);
        assertThat(fired.get().detail()).startsWith("destination is on the default list (");
    }

    @Test
    void theDetailNamesTheCategoryNeverTheDestination() {
        SignalResult fired = new ThreatIntelSignal().evaluate(IntelCalls.post("https://pastebin.com/x")).orElseThrow();

        assertThat(fired.detail()).isEqualTo("destination is on the default list (paste site)");
        assertThat(new ThreatIntelSignal().evaluate(IntelCalls.post("https://abc.ngrok.app/")).orElseThrow().detail())
                .isEqualTo("destination is on the default list (tunnel)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://api.github.com/repos/a/b", "https://hooks.slack.com/services/x",
        "https://notpastebin.com/", "https://pastebin.com.example.org/", "https://www.toptal.com/developers/hastebinx",
        "https://www.toptal.com/careers", "https://example.com/webhook.site"})
    void otherDestinationsDoNotFire(String url) {
        assertThat(new ThreatIntelSignal().evaluate(IntelCalls.post(url))).as(url).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"expyuzz4wqqyqhjn.onion", "a.b.duckduckgogg42xjoc72x3sjasowoarfbgcmvfimaftt6twagswzczad.onion",
        "x.onion."})
    void onionHostsAlwaysFire(String host) {
        ThreatIntelSignal signal = configured(Map.of("default-list", false, "lookalikes", false));

        assertThat(signal.evaluate(IntelCalls.toHost(host, "/")).orElseThrow().detail())
                .isEqualTo("destination is a Tor onion service");
    }

    @Test
    void aConfiguredFileListsDomainsRangesAndUrlPrefixes() throws IOException {
        Path file = write("corp-blocklist.txt", """
                # exits and drops seen by our SOC
                evil-drop.example            # a domain and its sub-domains
                185.220.101.0/24             tor-exit
                2001:db8:bad::/48
                198.51.100.7
                docs.example.net/shared/uploads
                https://files.example.org/incoming
                """);
        ThreatIntelSignal signal = configured(Map.of("lists", List.of(file.toString())));

        assertThat(detail(signal, "https://a.b.evil-drop.example/x")).contains("list corp-blocklist.txt (domain)");
        assertThat(detail(signal, "http://185.220.101.33/")).isEqualTo(
                "destination is on list corp-blocklist.txt (tor exit)");
        assertThat(detail(signal, "http://[2001:db8:bad:1::5]/")).contains("(CIDR range)");
        assertThat(detail(signal, "http://198.51.100.7:8080/")).contains("(CIDR range)");
        assertThat(detail(signal, "https://docs.example.net/shared/uploads/2024/a.txt")).contains("(URL prefix)");
        assertThat(detail(signal, "https://DOCS.example.net//shared/./uploads")).contains("(URL prefix)");
        assertThat(detail(signal, "https://files.example.org/incoming")).contains("(URL prefix)");
        for (String url : List.of("http://185.220.102.1/", "http://198.51.100.8/", "http://[2001:db8:bae::1]/",
                "https://docs.example.net/shared/uploadsx", "https://docs.example.net/shared",
                "https://evil-drop.example.com/")) {
            assertThat(signal.evaluate(IntelCalls.post(url))).as(url).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"185.220.101.33", "3118228769", "0xb9.0xdc.0x65.0x21", "0271.0334.0145.041", "185.220.25889",
        "[::ffff:185.220.101.33]", "[::ffff:b9dc:6521]", "185.220.101.33."})
    void anIpAddressIsFoundInEverySpellingAUrlParserAccepts(String host) throws IOException {
        Path file = write("tor-exits.txt", "185.220.101.33\n");
        ThreatIntelSignal signal = configured(Map.of("lists", List.of(file.toString()), "default-list", false));

        assertThat(signal.evaluate(IntelCalls.toHost(host, "/"))).as(host).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"[2001:db8:0:0:0:0:0:1]", "[2001:DB8::1]", "[2001:0db8:0000::0001]", "2001:db8::1"})
    void anIpv6AddressIsFoundHoweverItIsWritten(String host) throws IOException {
        Path file = write("v6.txt", "2001:db8::1\n");
        ThreatIntelSignal signal = configured(Map.of("lists", List.of(file.toString()), "default-list", false));

        assertThat(signal.evaluate(IntelCalls.toHost(host, "/"))).as(host).isPresent();
        assertThat(signal.evaluate(IntelCalls.toHost("[2001:db8::2]", "/"))).isEmpty();
    }

    @Test
    void malformedAndOversizedLinesAreSkippedAndTheRestLoads() throws IOException {
        Path file = write("mixed.txt", "not a host!\n" + "x".repeat(5000) + ".example\n10.0.0.0/33\n"
                + "a.example b.example c.example\nbad..example\nhttp://\n*.wild.example\nkept.example\n"
                + "300.1.1.1/8\n");
        ThreatIntelSignal signal = configured(Map.of("lists", List.of(file.toString()), "default-list", false));

        assertThat(signal.evaluate(IntelCalls.post("https://kept.example/"))).isPresent();
        assertThat(signal.evaluate(IntelCalls.post("https://x.wild.example/"))).isPresent();
        assertThat(signal.evaluate(IntelCalls.post("https://a.example/"))).isEmpty();
    }

    @Test
    void aChangedFileIsReadAgain() throws IOException {
        Path file = write("drops.txt", "first.example\n");
        ThreatIntelSignal signal = configured(Map.of("lists", List.of(file.toString()), "default-list", false));
        assertThat(signal.evaluate(IntelCalls.post("https://second.example/"))).isEmpty();

        Files.writeString(file, "first.example\nsecond.example\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(10)));
        signal.refreshLists();

        assertThat(signal.evaluate(IntelCalls.post("https://second.example/"))).isPresent();
        assertThat(signal.evaluate(IntelCalls.post("https://first.example/"))).isPresent();
    }

    @Test
    void theBackgroundTimerReloadsAChangedFile() throws Exception {
        Path file = write("timer.txt", "first.example\n");
        ThreatIntelSignal signal = configured(Map.of("lists", List.of(file.toString()), "default-list", false,
                "reload-interval-seconds", 1));
        Files.writeString(file, "later.example\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(10)));

        long deadline = System.nanoTime() + 30_000_000_000L;
        while (signal.evaluate(IntelCalls.post("https://later.example/")).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(signal.evaluate(IntelCalls.post("https://later.example/"))).isPresent();
    }

    @Test
    void aFileThatBreaksKeepsTheLastGoodList() throws IOException {
        Path file = write("kept.txt", "kept.example\n");
        ThreatIntelSignal signal = configured(Map.of("lists", List.of(file.toString()), "default-list", false));

        Files.write(file, new byte[] {'a', '.', (byte) 0xff, (byte) 0xfe, '\n'}); // not UTF-8
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(10)));
        signal.refreshLists();
        assertThat(signal.evaluate(IntelCalls.post("https://kept.example/"))).isPresent();

        Files.delete(file);
        signal.refreshLists();
        assertThat(signal.evaluate(IntelCalls.post("https://kept.example/"))).isPresent();
    }

    @Test
    void scansDuringReloadsSeeTheOldListOrTheNewOneNeverAnError() throws Exception {
        Path file = write("swap.txt", "stable.example\n");
        ThreatIntelSignal signal = configured(Map.of("lists", List.of(file.toString()), "default-list", false));
        java.util.concurrent.ExecutorService scanners = java.util.concurrent.Executors.newFixedThreadPool(4);
        java.util.concurrent.atomic.AtomicBoolean reloading = new java.util.concurrent.atomic.AtomicBoolean(true);
        List<java.util.concurrent.Future<Integer>> misses = new java.util.ArrayList<>();
        for (int t = 0; t < 4; t++) {
            misses.add(scanners.submit(() -> {
                int missed = 0;
                while (reloading.get()) {
                    missed += signal.evaluate(IntelCalls.post("https://a.stable.example/")).isPresent() ? 0 : 1;
                }
                return missed;
            }));
        }
        try {
            for (int round = 0; round < 50; round++) {
                Files.writeString(file, "stable.example\nround-" + round + ".example\n" + "x.example\n".repeat(round));
                Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(round + 1)));
                signal.refreshLists();
            }
        } finally {
            reloading.set(false);
            scanners.shutdown();
        }
        for (java.util.concurrent.Future<Integer> missed : misses) {
            assertThat(missed.get()).as("scans that missed an entry every version of the list holds").isZero();
        }
        assertThat(signal.evaluate(IntelCalls.post("https://round-49.example/"))).isPresent();
        assertThat(signal.evaluate(IntelCalls.post("https://round-48.example/"))).isEmpty();
    }

    @Test
    void weightsAreSettings() {
        ThreatIntelSignal signal = configured(Map.of("listed-weight", 0.8, "lookalike-weight", "0.5"));

        assertThat(signal.evaluate(IntelCalls.post("https://pastebin.com/")).orElseThrow().weight()).isEqualTo(0.8);
        assertThat(signal.evaluate(IntelCalls.post("https://s1ack.com/")).orElseThrow().weight()).isEqualTo(0.5);
    }

    @Test
    void badSettingsStopStartUpNamingTheKey() {
        assertThatThrownBy(() -> configured(Map.of("listed-weight", 1.5)))
                .isInstanceOf(InvalidPluginSettings.class).hasMessageContaining("threat-intel.listed-weight");
        assertThatThrownBy(() -> configured(Map.of("lists", List.of(folder.resolve("absent.txt").toString()))))
                .isInstanceOf(InvalidPluginSettings.class).hasMessageContaining("threat-intel.lists");
        assertThatThrownBy(() -> configured(Map.of("list", "x")))
                .isInstanceOf(InvalidPluginSettings.class).hasMessageContaining("threat-intel.list");
    }

    @Test
    void theDefaultListCanBeTurnedOff() {
        ThreatIntelSignal signal = configured(Map.of("default-list", false));

        assertThat(signal.evaluate(IntelCalls.post("https://pastebin.com/"))).isEmpty();
    }

    private static String detail(ThreatIntelSignal signal, String url) {
        return signal.evaluate(IntelCalls.context(OutboundCall.of("GET", url, Map.of()))).orElseThrow().detail();
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }
}
