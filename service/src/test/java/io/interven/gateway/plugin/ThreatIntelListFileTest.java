package io.interven.gateway.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.interven.gateway.testing.GatewayHarness;
import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An operator's block-list file, named in {@code plugins.config.signals.threat-intel.lists}, reaches the built-in
 * THREAT_INTEL signal: a Tor-exit-like address from the file, in any spelling, answers THREAT_INTEL naming the file;
 * a list file that cannot be read stops start-up naming the key.
 */
class ThreatIntelListFileTest {
    static final String LISTS_KEY = "plugins.config.signals.threat-intel.lists";

    @TempDir
    Path folder;

    @Test
    void anAddressOnAConfiguredListAnswersThreatIntel() throws Exception {
        Path exits = Files.writeString(folder.resolve("tor-exits.txt"),
                "# exit relays, refreshed by cron\n185.220.101.0/24 tor-exit\n2a0b:f4c2::/40 tor-exit\n");

        try (GatewayHarness gateway = GatewayHarness.on(TestDatabase.h2()).override(LISTS_KEY, exits.toString())
                .start()) {
            for (String url : new String[] {"http://185.220.101.33/collect", "http://3118228769/collect",
                "http://[2a0b:f4c2:2::1]/collect"}) {
                HttpResult answer = gateway.post("/v1/scan", gateway.bootstrapKey(),
                        Map.of("method", "POST", "url", url, "body", Map.of("n", 1)));

                assertThat(answer.status()).as(answer.text()).isEqualTo(200);
                JsonNode json = answer.json();
                assertThat(json.get("reason_codes").toString()).as(url).contains("THREAT_INTEL");
                assertThat(json.get("signals").toString()).as(url)
                        .contains("destination is on list tor-exits.txt (tor exit)");
            }
            HttpResult other = gateway.post("/v1/scan", gateway.bootstrapKey(),
                    Map.of("method", "POST", "url", "http://185.220.102.1/collect", "body", Map.of("n", 1)));
            assertThat(other.json().get("reason_codes").toString()).doesNotContain("THREAT_INTEL");
        }
    }

    @Test
    void malformedLinesAreLoggedByFileAndLineNumberNeverByContent() throws Exception {
        Path list = Files.writeString(folder.resolve("partner-drops.txt"),
                "kept-drop.example\ncanary-7f1e-line has three columns\n" + "x".repeat(3000) + "\n");

        try (GatewayHarness gateway = GatewayHarness.on(TestDatabase.h2()).override(LISTS_KEY, list.toString())
                .start()) {
            HttpResult answer = gateway.post("/v1/scan", gateway.bootstrapKey(),
                    Map.of("method", "POST", "url", "https://a.kept-drop.example/in", "body", Map.of("n", 1)));
            assertThat(answer.json().get("reason_codes").toString()).contains("THREAT_INTEL");

            String log = gateway.log();
            assertThat(log).contains("threat-intel list " + list + ": 2 malformed or oversized lines skipped "
                    + "(the first is line 2)");
            assertThat(log).doesNotContain("canary-7f1e").doesNotContain("xxxxxxxxxx");
        }
    }

    @Test
    void aListFileThatCannotBeReadStopsStartUp() {
        assertThatThrownBy(() -> {
            try (GatewayHarness gateway = GatewayHarness.on(TestDatabase.h2())
                    .override(LISTS_KEY, folder.resolve("missing.txt").toString()).build()) {
                gateway.start();
            }
        }).hasMessageContaining("invalid setting " + LISTS_KEY + ": file 1 of the list cannot be read");
    }
}
