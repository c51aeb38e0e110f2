package io.interven.plugin.signals.history;

import io.interven.plugin.signals.ConfiguredSignal;
import io.interven.spi.AgentHistory;
import io.interven.spi.ComparableValues;
import io.interven.spi.Finding;
import io.interven.spi.PastCall;
import io.interven.spi.PluginSettings;
import io.interven.spi.ReasonCodes;
import io.interven.spi.ScanField;
import io.interven.spi.SignalContext;
import io.interven.spi.SignalResult;
import io.interven.spi.Verb;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.pf4j.Extension;

/**
 * Fires when a WRITE carries a value that an answer to an earlier READ held: the agent read a customer record and
 * now posts its card number to a chat. The gateway keeps keyed hashes of the values and text fragments of READ
 * answers; this signal hashes the same forms ({@link ComparableValues}) of the call's findings and text fields with
 * {@link AgentHistory#keyedHash} and asks {@link AgentHistory#lastCallThatRead}. Whose reads count (the agent's own, or
 * the tenant's) is the gateway's setting. The detail names the entity type (or "text fragment") and the trace of the
 * READ, never the value.
 */
@Extension
public class ExfilReadWriteSignal extends ConfiguredSignal {
    static final String ID = "exfil-read-write";
    static final String FRAGMENT = "text fragment";
    private static final int MAX_NAMED = 3;

    private volatile ExfilSettings settings = ExfilSettings.DEFAULTS;

    public ExfilReadWriteSignal() {
        super(ID);
    }

    @Override
    protected void configureSection(PluginSettings section) {
        settings = ExfilSettings.of(section);
    }

    @Override
    public Optional<SignalResult> evaluate(SignalContext context) {
        AgentHistory history = context.history();
        if (context.tool().verb() != Verb.WRITE) {
            return Optional.empty();
        }
        ExfilSettings s = settings;
        Map<String, String> matches = new LinkedHashMap<>();
        for (Map.Entry<String, String> candidate : candidates(context, s.maxHashes()).entrySet()) {
            Optional<PastCall> read = history.lastCallThatRead(history.keyedHash(candidate.getKey()), s.window());
            if (read.isPresent()) {
                PastCall newest = read.get();
                matches.putIfAbsent(candidate.getValue() + " read in trace " + newest.trace().map(Object::toString)
                        .orElse("(unknown)") + " (" + newest.toolName() + "." + newest.operation() + ")", "");
                if (matches.size() >= MAX_NAMED) {
                    break;
                }
            }
        }
        if (matches.isEmpty()) {
            return Optional.empty();
        }
        StringJoiner detail = new StringJoiner("; ", "", " is written by this call to " + context.call().host());
        matches.keySet().forEach(detail::add);
        return Optional.of(new SignalResult(ID, ReasonCodes.EXFIL_READ_WRITE, s.weight(), detail.toString()));
    }

    /**
     * The comparable forms of the call's values (the findings first, named by entity type) and of its long text
     * fields, at most {@code cap}.
     */
    static Map<String, String> candidates(SignalContext context, int cap) {
        Map<String, String> candidates = new LinkedHashMap<>();
        Map<String, ScanField> byPath = new HashMap<>();
        context.fields().forEach(field -> byPath.putIfAbsent(field.path(), field));
        for (Finding finding : context.findings()) {
            ScanField field = byPath.get(finding.path());
            if (candidates.size() >= cap) {
                return candidates;
            }
            if (field != null && finding.end() <= field.text().length()) {
                ComparableValues.ofValue(field.text().substring(finding.start(), finding.end()))
                        .ifPresent(form -> candidates.putIfAbsent(form, finding.entityType()));
            }
        }
        for (ScanField field : context.fields()) {
            if (candidates.size() >= cap) {
                break;
            }
            ComparableValues.ofFragment(field.text()).ifPresent(form -> candidates.putIfAbsent(form, FRAGMENT));
        }
        return candidates;
    }

    /**
     * @param weight    how much risk a match adds
     * @param window    how far back reads count (the gateway keeps them for its own read-value window at most)
     * @param maxHashes the most values and fragments of one call that are looked up
     */
    record ExfilSettings(double weight, Duration window, int maxHashes) {
        static final ExfilSettings DEFAULTS = new ExfilSettings(0.7, Duration.ofHours(24), 64);

        static ExfilSettings of(PluginSettings s) {
            s.rejectUnknownKeys("weight", "window-seconds", "max-hashes");
            int seconds = s.integer("window-seconds", (int) DEFAULTS.window().toSeconds());
            if (seconds < 1) {
                throw s.invalid("window-seconds", "must be 1 or more");
            }
            int max = s.integer("max-hashes", DEFAULTS.maxHashes());
            if (max < 1 || max > 10_000) {
                throw s.invalid("max-hashes", "must be from 1 to 10000");
            }
            return new ExfilSettings(ConfiguredSignal.weight(s, "weight", DEFAULTS.weight()),
                    Duration.ofSeconds(seconds), max);
        }
    }
}
