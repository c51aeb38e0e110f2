package io.interven.plugin.signals;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.plugin.signals.encoded.EncodedPayloadSignal;
import io.interven.plugin.signals.history.BaselineAnomalySignal;
import io.interven.plugin.signals.history.ExfilReadWriteSignal;
import io.interven.plugin.signals.injection.PromptInjectionSignal;
import io.interven.plugin.signals.intel.ThreatIntelSignal;
import io.interven.plugin.signals.principals.ExternalPrincipalSignal;
import io.interven.spi.Configurable;
import io.interven.spi.RiskSignal;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The plugin's settings are named one way: each signal reads the section named by its id, with keys in lower case
 * joined by hyphens, as the README documents; and the default weights are the ones the gateway's policy decision
 * cases score with, so the table of combinations there describes the shipped plugin.
 */
class BuiltInSettingsTest {
    private static final Path README = Path.of("README.md");
    private static final Path DECISION_CASES = Path.of("../../service/src/test/resources/policy-cases/"
            + "signal-combinations.yaml");
    private static final List<RiskSignal> CONFIGURABLE = List.of(new ExternalPrincipalSignal(),
            new BaselineAnomalySignal(), new ExfilReadWriteSignal(), new ThreatIntelSignal(),
            new PromptInjectionSignal(), new EncodedPayloadSignal());

    @Test
    void eachSignalReadsTheSectionNamedByItsId() {
        for (RiskSignal signal : CONFIGURABLE) {
            assertThat(((Configurable) signal).settingKeys()).as(signal.id()).isEqualTo(Set.of(signal.id()));
        }
    }

    @Test
    void theReadmeConfigurationNamesEverySectionByASignalIdWithHyphenatedKeys() throws IOException {
        Map<String, Object> signals = readmeSignalsSection();
        Set<String> ids = CONFIGURABLE.stream().map(RiskSignal::id).collect(Collectors.toSet());

        assertThat(signals.keySet()).containsExactlyInAnyOrderElementsOf(ids);
        signals.forEach((section, keys) -> assertThat(((Map<?, ?>) keys).keySet()).as(section)
                .allSatisfy(key -> assertThat(key.toString()).matches("[a-z]+(-[a-z]+)*")));
    }

    @Test
    void theDefaultWeightsAreTheOnesThePolicyDecisionCasesScoreWith() throws Exception {
        Map<String, Object> cases = new Yaml().load(Files.readString(DECISION_CASES));
        Map<String, Double> pinned = new LinkedHashMap<>();
        ((Map<?, ?>) cases.get("weights")).forEach((code, weight) -> pinned.put(code.toString(),
                ((Number) weight).doubleValue()));
        Object baseline = constant(BaselineAnomalySignal.class.getPackageName() + ".BaselineSettings", "DEFAULTS");
        Object exfil = constant(ExfilReadWriteSignal.class.getName() + "$ExfilSettings", "DEFAULTS");

        Map<String, Double> shipped = new LinkedHashMap<>();
        shipped.put("CREDENTIAL_HOST_MISMATCH", (Double) constant(CredentialHostMismatchSignal.class, "WEIGHT"));
        shipped.put("THREAT_INTEL", (Double) constant(ThreatIntelSignal.class, "LISTED_WEIGHT"));
        shipped.put("THREAT_INTEL/lookalike", (Double) constant(ThreatIntelSignal.class, "LOOKALIKE_WEIGHT"));
        shipped.put("EXTERNAL_PRINCIPAL", (Double) constant(ExternalPrincipalSignal.class, "DEFAULT_WEIGHT"));
        shipped.put("BASELINE_ANOMALY/first_seen_host", (Double) component(baseline, "newHostOrToolWeight"));
        shipped.put("BASELINE_ANOMALY/first_seen_tool", (Double) component(baseline, "newHostOrToolWeight"));
        shipped.put("BASELINE_ANOMALY/first_seen_destructive", (Double) component(baseline, "destructiveWeight"));
        shipped.put("BASELINE_ANOMALY/volume", (Double) component(baseline, "volumeWeight"));
        shipped.put("EXFIL_READ_WRITE", (Double) component(exfil, "weight"));
        shipped.put("PROMPT_INJECTION", (Double) constant(PromptInjectionSignal.class, "WEIGHT"));
        shipped.put("ENCODED_PAYLOAD", (Double) constant(EncodedPayloadSignal.class, "WEIGHT"));

        assertThat(pinned).isEqualTo(shipped);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> readmeSignalsSection() throws IOException {
        String readme = Files.readString(README);
        int start = readme.indexOf("```yaml\nplugins:\n  config:\n    signals:\n");
        assertThat(start).as("the README's configuration block").isNotNegative();
        String block = readme.substring(start + "```yaml\n".length(), readme.indexOf("```", start + 7));
        Map<String, Object> root = new Yaml().load(block);
        return (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) root.get("plugins"))
                .get("config")).get("signals");
    }

    private static Object constant(String className, String name) throws Exception {
        return constant(Class.forName(className), name);
    }

    private static Object constant(Class<?> type, String name) throws Exception {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(null);
    }

    private static Object component(Object record, String name) throws Exception {
        var accessor = record.getClass().getDeclaredMethod(name);
        accessor.setAccessible(true);
        return accessor.invoke(record);
    }
}
