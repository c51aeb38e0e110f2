package io.interven.plugin.signals.history;

import io.interven.plugin.signals.ConfiguredSignal;
import io.interven.spi.AgentHistory;
import io.interven.spi.CallQuery;
import io.interven.spi.PluginSettings;
import io.interven.spi.ReasonCodes;
import io.interven.spi.SignalContext;
import io.interven.spi.SignalResult;
import io.interven.spi.ToolMatch;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pf4j.Extension;

/**
 * Fires when an agent that the gateway knows well enough does something it never did: calls a host or uses a tool
 * for the first time, performs a destructive operation for the first time (a DELETE, or an administrative write
 * such as removing a member or changing permissions: {@link DestructiveOperations}), or makes far more calls than
 * usual. Silent while the agent's history is unknown ({@link AgentHistory#known()}) and during the warm-up (fewer
 * than {@code warmUpCalls} calls recorded, or a first call less than {@code warmUpMinutes} ago), so that a new agent
 * is not flagged for everything it does. Its parts combine like signals do (1 - product of 1 - w). The detail names
 * the facts (operation, host, tool, rates) and how well the agent is known, never call data.
 */
@Extension
public class BaselineAnomalySignal extends ConfiguredSignal {
    static final String ID = "baseline-anomaly";
    private static final Duration LAST_MINUTE = Duration.ofMinutes(1);

    private final Clock clock;
    private volatile BaselineSettings settings = BaselineSettings.DEFAULTS;

    public BaselineAnomalySignal() {
        this(Clock.systemUTC());
    }

    BaselineAnomalySignal(Clock clock) {
        super(ID);
        this.clock = clock;
    }

    @Override
    protected void configureSection(PluginSettings section) {
        settings = BaselineSettings.of(section);
    }

    @Override
    public Optional<SignalResult> evaluate(SignalContext context) {
        AgentHistory history = context.history();
        if (!history.known() || !warmedUp(history)) {
            return Optional.empty();
        }
        BaselineSettings s = settings;
        ToolMatch tool = context.tool();
        List<String> facts = new ArrayList<>();
        double keep = 1.0;
        if (DestructiveOperations.isDestructive(tool, s) && history.firstUseOf(tool.toolName(), tool.operation())
                .isEmpty()) {
            facts.add("first " + tool.verb() + " " + tool.toolName() + "." + tool.operation());
            keep *= 1 - s.destructiveWeight();
        }
        List<String> novel = new ArrayList<>();
        if (history.firstCallTo(context.call().host()).isEmpty()) {
            novel.add("first call to " + context.call().host());
        }
        if (history.firstUseOfTool(tool.toolName()).isEmpty()) {
            novel.add("first use of " + tool.toolName());
        }
        if (!novel.isEmpty()) {
            facts.addAll(novel);
            keep *= 1 - s.newHostOrToolWeight();
        }
        long lastMinute = history.countCalls(CallQuery.any(), LAST_MINUTE) + 1;
        double typical = history.typicalCallsPerMinute();
        if (lastMinute > Math.max(s.volumeFactor() * typical, s.volumeFloor())) {
            facts.add(String.format(java.util.Locale.ROOT, "%d calls in the last minute against %.1f usually",
                    lastMinute, typical));
            keep *= 1 - s.volumeWeight();
        }
        if (facts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SignalResult(ID, ReasonCodes.BASELINE_ANOMALY, 1 - keep,
                String.join("; ", facts) + " by this agent after " + history.callsRecorded() + " calls over "
                        + span(history)));
    }

    private boolean warmedUp(AgentHistory history) {
        Optional<Instant> first = history.firstSeen();
        return history.callsRecorded() >= settings.warmUpCalls() && first.isPresent()
                && !first.get().plus(settings.warmUp()).isAfter(clock.instant());
    }

    private String span(AgentHistory history) {
        Duration known = Duration.between(history.firstSeen().orElseThrow(), clock.instant());
        if (known.toDays() >= 1) {
            return known.toDays() + " day(s)";
        }
        if (known.toHours() >= 1) {
            return known.toHours() + " hour(s)";
        }
        return Math.max(0, known.toMinutes()) + " minute(s)";
    }
}
