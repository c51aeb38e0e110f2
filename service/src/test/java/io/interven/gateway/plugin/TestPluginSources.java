package io.interven.gateway.plugin;

/** Java sources of the plugins the plugin tests compile into real jars with {@link PluginJarBuilder}. */
final class TestPluginSources {
    static final String PACKAGE = "com.acme.interven";
    static final String ACME_DETECTOR = PACKAGE + ".AcmeTokenDetector";
    static final String MARKER_SIGNAL = PACKAGE + ".MarkerSignal";
    static final String THROWING_DETECTOR = PACKAGE + ".ThrowingDetector";
    static final String ISOLATION_PROBE = PACKAGE + ".IsolationProbeDetector";
    static final String UNCONSTRUCTIBLE_DETECTOR = PACKAGE + ".UnconstructibleDetector";
    static final String ERROR_DETECTOR = PACKAGE + ".ErrorDetector";
    static final String CONFIGURED_SIGNAL = PACKAGE + ".ConfiguredSignal";
    static final String FIRST_CONTACT_SIGNAL = PACKAGE + ".FirstContactSignal";

    /** Markers that make the error detector fail in its own way. */
    static final String OVERFLOW_MARKER = "overflow-the-stack";
    static final String EXHAUST_MARKER = "exhaust-the-heap";
    static final String SLOW_MARKER = "take-too-long";

    /** What the throwing detector puts in its exception message: it must never reach the log or an answer. */
    static final String EXCEPTION_SECRET = "sk_live_ExceptionMessageMustNotLeak4242";

    private TestPluginSources() {
    }

    /** A Detector extension named {@code simpleName} with id {@code id}, extra members and a detect() body. */
    static String detector(String simpleName, String id, String members, String detectBody) {
        return """
                package %s;

                import io.interven.spi.*;
                import java.util.*;
                import java.util.regex.*;
                import org.pf4j.Extension;

                @Extension
                public class %s implements Detector {
                %s
                    public String id() {
                        return "%s";
                    }

                    public List<Finding> detect(ScanField field) {
                %s
                    }
                }
                """.formatted(PACKAGE, simpleName, members, id, detectBody);
    }

    /** Finds {@code acme_live_} followed by 24 lower-case letters or digits: ACME_TOKEN, SECRETS. */
    static String acmeTokenDetector() {
        return detector("AcmeTokenDetector", "acme-tokens", """
                    private static final Pattern TOKEN = Pattern.compile("acme_live_[a-z0-9]{24}");
                """, """
                        List<Finding> findings = new ArrayList<>();
                        Matcher m = TOKEN.matcher(field.text());
                        while (m.find()) {
                            findings.add(field.finding("ACME_TOKEN", DataClasses.SECRETS, m.start(), m.end(), 0.99,
                                    "acme-live-token"));
                        }
                        return findings;
                """);
    }

    /** Throws on every field, quoting the field and a secret-looking value in its message. */
    static String throwingDetector() {
        return detector("ThrowingDetector", "throws-always", "", """
                        throw new RuntimeException("cannot parse '" + field.text() + "' near %s");
                """.formatted(EXCEPTION_SECRET));
    }

    /**
     * In a field containing {@code probe-isolation}, tries to load host classes and reports one finding per class:
     * entity {@code HIDDEN_<n>} when loading failed with ClassNotFoundException, {@code VISIBLE_<n>} when it worked.
     */
    static String isolationProbe() {
        return detector("IsolationProbeDetector", "isolation-probe", """
                    private static final Map<String, String> PROBES = Map.of(
                            "GATEWAY_APPLICATION", "io.interven.gateway.GatewayApplication",
                            "JACKSON_OBJECT_MAPPER", "com.fasterxml.jackson.databind.ObjectMapper",
                            "JDBI", "org.jdbi.v3.core.Jdbi",
                            "SPI_FINDING", "io.interven.spi.Finding");
                """, """
                        int at = field.text().indexOf("probe-isolation");
                        List<Finding> findings = new ArrayList<>();
                        if (at < 0) {
                            return findings;
                        }
                        for (Map.Entry<String, String> probe : PROBES.entrySet()) {
                            String outcome;
                            try {
                                Class.forName(probe.getValue());
                                outcome = "VISIBLE_";
                            } catch (ClassNotFoundException e) {
                                outcome = "HIDDEN_";
                            }
                            findings.add(field.finding(outcome + probe.getKey(), "PROBE", at, at + 15, 1.0,
                                    "probe-" + probe.getKey().toLowerCase()));
                        }
                        return findings;
                """);
    }

    /**
     * A detector that, in a field containing one of its markers, recurses until a real {@link StackOverflowError},
     * asks for an array larger than any heap (a real {@link OutOfMemoryError}), or sleeps {@code slowMillis}.
     */
    static String errorDetector(long slowMillis) {
        return detector("ErrorDetector", "errors", """
                    private static int depth(int level) {
                        return depth(level + 1) + 1;
                    }
                """, """
                        String text = field.text();
                        if (text.contains("%s")) {
                            return List.of(new Finding[depth(0)]);
                        }
                        if (text.contains("%s")) {
                            long[] huge = new long[Integer.MAX_VALUE];
                            return List.of(new Finding[huge.length]);
                        }
                        if (text.contains("%s")) {
                            try {
                                Thread.sleep(%dL);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        }
                        return List.of();
                """.formatted(OVERFLOW_MARKER, EXHAUST_MARKER, SLOW_MARKER, slowMillis));
    }

    /** A detector whose constructor throws: the extension cannot be created. */
    static String unconstructibleDetector() {
        return detector("UnconstructibleDetector", "never", """
                    public UnconstructibleDetector() {
                        throw new IllegalStateException("rules file missing");
                    }
                """, """
                        return List.of();
                """);
    }

    /**
     * A RiskSignal firing with weight 0.7 when header {@code X-Agent-Intent} contains {@code exfiltrate}. (A signal
     * sees the call's URL and headers and every finding, but not the body itself.)
     */
    static String markerSignal() {
        return """
                package %s;

                import io.interven.spi.*;
                import java.util.Optional;
                import org.pf4j.Extension;

                @Extension
                public class MarkerSignal implements RiskSignal {
                    public String id() {
                        return "acme-marker";
                    }

                    public Optional<SignalResult> evaluate(SignalContext context) {
                        boolean marked = context.call().header("X-Agent-Intent")
                                .map(v -> v.contains("exfiltrate")).orElse(false);
                        return marked
                                ? Optional.of(new SignalResult(id(), "ACME_MARKER", 0.7, "intent header marker"))
                                : Optional.empty();
                    }
                }
                """.formatted(PACKAGE);
    }

    /**
     * A RiskSignal that reads settings: {@code header} (required) fires it when the call carries that header,
     * {@code weight} (default 0.5, checked to lie in [0, 1]), {@code hosts} (a list; when given, only calls to these
     * hosts), {@code rules.code} (the reason code, default {@code ACME_CONFIGURED}). {@code mode: explode} makes
     * configure() throw an exception that is not InvalidPluginSettings and quotes {@code secret}.
     */
    static String configuredSignal() {
        return """
                package %s;

                import io.interven.spi.*;
                import java.util.List;
                import java.util.Optional;
                import org.pf4j.Extension;

                @Extension
                public class ConfiguredSignal implements RiskSignal, Configurable {
                    private String header;
                    private double weight;
                    private List<String> hosts;
                    private String code;

                    public void configure(PluginSettings settings) {
                        header = settings.string("header");
                        weight = settings.decimal("weight", 0.5);
                        if (weight < 0 || weight > 1) {
                            throw settings.invalid("weight", "must be between 0 and 1");
                        }
                        hosts = settings.list("hosts");
                        code = settings.section("rules").string("code", "ACME_CONFIGURED");
                        if (settings.string("mode", "calm").equals("explode")) {
                            throw new IllegalStateException("cannot use " + settings.string("secret", ""));
                        }
                    }

                    public String id() {
                        return "acme-configured";
                    }

                    public Optional<SignalResult> evaluate(SignalContext context) {
                        boolean fires = context.call().header(header).isPresent()
                                && (hosts.isEmpty() || hosts.contains(context.call().host()));
                        return fires ? Optional.of(new SignalResult(id(), code, weight, "configured header present"))
                                : Optional.empty();
                    }
                }
                """.formatted(PACKAGE);
    }

    /**
     * A RiskSignal that asks the agent's history whether the call's host is new to the agent (never called, no call
     * to it within the hour, not a value the agent read), and fires {@code ACME_FIRST_CONTACT} when it is.
     */
    static String firstContactSignal() {
        return """
                package %s;

                import io.interven.spi.*;
                import java.time.Duration;
                import java.util.Optional;
                import org.pf4j.Extension;

                @Extension
                public class FirstContactSignal implements RiskSignal {
                    public String id() {
                        return "acme-first-contact";
                    }

                    public Optional<SignalResult> evaluate(SignalContext context) {
                        AgentHistory history = context.history();
                        String host = context.call().host();
                        ValueHash hash = history.keyedHash(host);
                        boolean known = history.firstCallTo(host).isPresent()
                                || history.countCalls(CallQuery.any().withHost(host), Duration.ofHours(1)) > 0
                                || !history.recentCalls(CallQuery.any(), Duration.ofHours(1), 5).isEmpty()
                                || !history.callsThatRead(hash, Duration.ofDays(1)).isEmpty();
                        return known ? Optional.empty() : Optional.of(new SignalResult(id(), "ACME_FIRST_CONTACT",
                                0.2, "first contact, hash of " + hash.hex().length() + " digits"));
                    }
                }
                """.formatted(PACKAGE);
    }
}
