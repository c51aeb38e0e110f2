package io.interven.gateway.core;

import io.interven.gateway.core.fields.CallSlots;
import io.interven.gateway.core.fields.JoinedValues;
import io.interven.gateway.core.fields.RespelledFindings;
import io.interven.gateway.core.normalize.TextNormalizer;
import io.interven.gateway.policy.Decision;
import io.interven.gateway.policy.GatewayReasonCodes;
import io.interven.gateway.policy.PolicyEngine;
import io.interven.gateway.policy.PolicyInput;
import io.interven.gateway.policy.PolicySource;
import io.interven.gateway.policy.PolicyVerdict;
import io.interven.spi.DetectionContext;
import io.interven.spi.Finding;
import io.interven.spi.OutboundCall;
import io.interven.spi.ScanField;
import io.interven.spi.SignalContext;
import io.interven.spi.SignalResult;
import io.interven.spi.ToolMatch;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One scan: recognize the tool, detect, weigh signals, score, decide by policy, sanitize, and disclose (the texts
 * that describe the call, with every value found hidden). No HTTP and no database writes here. Any failure inside,
 * an {@link Error} such as {@link StackOverflowError} or {@link OutOfMemoryError} included, answers DENY (fail
 * closed), never ALLOW; so does a scan that runs past its time budget ({@link ScanDeadline}), checked between
 * stages and between chunks of fields during detection.
 */
public class ScanPipeline {
    /** Detection runs over at most this many fields at a time, with a budget check between chunks. */
    static final int DETECTION_CHUNK = 512;
    private static final Logger LOG = LoggerFactory.getLogger(ScanPipeline.class);

    private final ToolIdentifier tools;
    private final DetectorRunner detectors;
    private final SignalRunner signals;
    private final RiskScorer scorer;
    private final PolicyEngine engine;
    private final PolicySource policies;
    private final Sanitizer sanitizer;
    private final Duration budget;
    private final LongSupplier nanoClock;
    private final StageLaps laps;

    /** A pipeline without a time budget, for offline use (corpus evaluation, benchmarks). */
    public ScanPipeline(ToolIdentifier tools, DetectorRunner detectors, SignalRunner signals, RiskScorer scorer,
                        PolicyEngine engine, PolicySource policies, Sanitizer sanitizer) {
        this(tools, detectors, signals, scorer, engine, policies, sanitizer, ScanDeadline.UNBOUNDED,
                System::nanoTime);
    }

    /** @param budget how long one scan may run before it fails closed; {@code nanoClock} measures it */
    public ScanPipeline(ToolIdentifier tools, DetectorRunner detectors, SignalRunner signals, RiskScorer scorer,
                        PolicyEngine engine, PolicySource policies, Sanitizer sanitizer, Duration budget,
                        LongSupplier nanoClock) {
        this(tools, detectors, signals, scorer, engine, policies, sanitizer, budget, nanoClock, ScanMeters.NONE);
    }

    /** @param meters times each stage of every scan (never the values of a call) */
    public ScanPipeline(ToolIdentifier tools, DetectorRunner detectors, SignalRunner signals, RiskScorer scorer,
                        PolicyEngine engine, PolicySource policies, Sanitizer sanitizer, Duration budget,
                        LongSupplier nanoClock, ScanMeters meters) {
        this.tools = tools;
        this.detectors = detectors;
        this.signals = signals;
        this.scorer = scorer;
        this.engine = engine;
        this.policies = policies;
        this.sanitizer = sanitizer;
        this.budget = budget;
        this.nanoClock = nanoClock;
        this.laps = new StageLaps(meters);
    }

    /** How far a scan got: what a failure is attributed to, and what of the call is already known. */
    private static final class Progress {
        String stage = "call";
        ToolMatch tool;
        String fingerprint;
    }

    public ScanOutcome scan(CallInput input) {
        UUID traceId = TraceIds.next();
        Progress progress = new Progress();
        try (ScanDeadline deadline = ScanDeadline.start(budget, nanoClock)) {
            return decide(input, traceId, progress);
        } catch (Throwable failure) {
            String component = failure instanceof ComponentFailure cf ? cf.component() : progress.stage;
            try {
                LOG.error("scan {} failed closed: {} ({})", traceId, component, failure.getClass().getName());
            } catch (RuntimeException | Error logFailure) {
                // the answer matters more than the log line
            }
            return FailedScan.of(input, traceId, progress.tool, progress.fingerprint, component);
        }
    }

    private ScanOutcome decide(CallInput input, UUID traceId, Progress progress) {
        OutboundCall call = OutboundCall.of(input.method(), input.url(), input.headers());
        progress.fingerprint = BodyFingerprint.of(input.hmacSalt(), input.body());
        long at = System.nanoTime();
        progress.stage = "tool identification";
        ToolMatch tool = input.knownTool() != null ? input.knownTool() : tools.identify(call, input.body());
        progress.tool = tool;
        ScanDeadline.checkpoint();
        at = laps.lap(ScanStage.TOOL, at);
        progress.stage = "field extraction";
        CallSlots slots = CallSlots.of(input.url(), input.headers(), input.body());
        List<ScanField> fields = slots.fields();
        JoinedValues joined = JoinedValues.of(slots.outsideBody(), slots.body());
        ScanDeadline.checkpoint();
        at = laps.lap(ScanStage.DECODE, at);
        progress.stage = "detection";
        List<ScanField> scanned = joined.isEmpty() ? fields : withJoins(fields, joined);
        List<Finding> found = joined.onValues(RespelledFindings.withoutRepeats(
                detect(scanned, RegionHints.of(call.host(), fields)), slots));
        List<Finding> all = JwtIssuerBinding.bind(found, fields, call);
        TriagedFindings detected = TriagedFindings.of(all, call);
        // a value repeated inside a spelled run that repeats its text is the same value again
        TriagedFindings triaged = new TriagedFindings(RespelledFindings.withoutRepeats(
                RepeatedValues.withRepeats(detected.data(), fields), slots), detected.authentication());
        ScanDeadline.checkpoint();
        at = laps.lap(ScanStage.DETECT, at);
        progress.stage = "signals";
        List<SignalResult> fired = signals.evaluate(input, new SignalContext(call, tool, all, input.agent())
                .withFields(fields).withAgentContext(TextNormalizer.normalizedString(input.context())));
        List<String> classes = DataClassOrder.classesOf(triaged.data());
        RiskAssessment risk = scorer.assess(classes, fired);
        ScanDeadline.checkpoint();
        at = laps.lap(ScanStage.SIGNALS, at);

        progress.stage = "policy";
        Set<String> reasons = PolicyInputFactory.reasonCodes(classes, fired);
        PolicyInput policyInput = PolicyInputFactory.scanned(call, tool, input.agent(), triaged.data(), fired, risk,
                input.bodyBytes());
        PolicyVerdict verdict = engine.decide(policies.activePolicies(input.tenantId(), input.envName()),
                policyInput);
        if (!verdict.monitorMatches().isEmpty()) {
            reasons.add(GatewayReasonCodes.MONITOR_ONLY);
        }
        Decision decision = verdict.decision();
        if (!slots.fullyDecoded()) {
            // what was not decoded was not scanned: nothing read can vouch for it
            decision = Decision.DENY;
            reasons.add(GatewayReasonCodes.DECODE_LIMIT);
        }
        ScanDeadline.checkpoint();
        at = laps.lap(ScanStage.POLICY, at);
        progress.stage = "sanitizing";
        PrincipalFindings addressed = PrincipalFindings.split(triaged.data(), tool.principals(), fields);
        SanitizedCall sanitized = decision == Decision.SANITIZE ? sanitizer.sanitize(input, slots, addressed.content())
                : null;
        ScanDeadline.checkpoint();
        at = laps.lap(ScanStage.SANITIZE, at);

        progress.stage = "disclosure";
        ScanDisclosure disclosure = ScanDisclosure.of(all, fields);
        PolicyInput recorded = disclosure.policyInput(policyInput, RedactedPath.of(input.url(), all));
        List<Finding> disclosed = disclosure.findings(triaged.data(), fields);
        ScanOutcome outcome = new ScanOutcome(traceId, decision, risk, List.copyOf(reasons), tool, classes,
                disclosed, disclosure.signals(fired), recorded, verdict, sanitized, null, progress.fingerprint, null,
                principalsAmong(triaged.data(), addressed, disclosed));
        ScanDeadline.checkpoint();
        laps.lap(ScanStage.DISCLOSE, at);
        return outcome;
    }

    /** The disclosed findings (one for each data finding, in order) whose data finding is a principal. */
    private static List<Finding> principalsAmong(List<Finding> data, PrincipalFindings addressed,
                                                 List<Finding> disclosed) {
        if (addressed.principals().isEmpty()) {
            return List.of();
        }
        List<Finding> principals = new ArrayList<>();
        for (int i = 0; i < data.size() && i < disclosed.size(); i++) {
            if (addressed.principals().contains(data.get(i))) {
                principals.add(disclosed.get(i));
            }
        }
        return principals;
    }

    /** The call's fields and, after them, the joins of its values' pieces ({@link JoinedValues}). */
    private static List<ScanField> withJoins(List<ScanField> fields, JoinedValues joined) {
        List<ScanField> all = new ArrayList<>(fields.size() + 4);
        all.addAll(fields);
        all.addAll(joined.fields());
        return all;
    }

    /**
     * Every detector over every field, in chunks of fields with a budget check between them, each field with the
     * call's {@code context} (computed once, from all fields).
     */
    private List<Finding> detect(List<ScanField> fields, DetectionContext context) {
        if (fields.size() <= DETECTION_CHUNK) {
            return detectors.detect(fields, context);
        }
        List<Finding> found = new ArrayList<>();
        for (int from = 0; from < fields.size(); from += DETECTION_CHUNK) {
            found.addAll(detectors.detect(fields.subList(from, Math.min(fields.size(), from + DETECTION_CHUNK)),
                    context));
            ScanDeadline.checkpoint();
        }
        return found;
    }
}
