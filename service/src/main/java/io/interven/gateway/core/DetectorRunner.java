package io.interven.gateway.core;

import io.interven.gateway.core.normalize.NormalizedField;
import io.interven.gateway.core.normalize.TextNormalizer;
import io.interven.spi.DetectionContext;
import io.interven.spi.Detector;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every detector over every field, then completes credential pairs ({@link PairedSecrets}). Detectors see
 * each field normalized ({@link io.interven.gateway.core.normalize.TextNormalizer}: NFKC, no invisible
 * characters, ASCII look-alikes as ASCII); their findings come back with the original field's spans, which cover
 * the invisible characters inside a value. A detector that throws, or answers nonsense, fails the scan closed.
 */
public class DetectorRunner {
    private final List<Detector> detectors;
    private final List<CredentialPair> pairs;
    /** The timer of each detector, in the order of {@link #detectors}. */
    private final StageTimer[] timers;

    public DetectorRunner(List<Detector> detectors) {
        this(detectors, CredentialPair.BUILT_IN);
    }

    public DetectorRunner(List<Detector> detectors, List<CredentialPair> pairs) {
        this(detectors, pairs, ScanMeters.NONE);
    }

    /** @param meters times each detector over the fields of a call (by the detector's id) */
    public DetectorRunner(List<Detector> detectors, List<CredentialPair> pairs, ScanMeters meters) {
        this.detectors = List.copyOf(detectors);
        this.pairs = List.copyOf(pairs);
        this.timers = timersOf(this.detectors, meters);
        TextNormalizer.prepare();
    }

    private static StageTimer[] timersOf(List<Detector> detectors, ScanMeters meters) {
        StageTimer[] timers = new StageTimer[detectors.size()];
        for (int d = 0; d < timers.length; d++) {
            StageTimer timer;
            try {
                timer = meters.detector(detectors.get(d).id());
            } catch (RuntimeException failure) {
                timer = null;
            }
            timers[d] = timer == null ? StageTimer.NONE : timer;
        }
        return timers;
    }

    /** Every detector over every field, knowing nothing about the call ({@link DetectionContext#none()}). */
    public List<Finding> detect(List<ScanField> fields) {
        return detect(fields, DetectionContext.none());
    }

    /**
     * Every detector over every field, detector by detector (the plugin's class loader is set once per detector),
     * each field with the same {@code context} of the call ({@link RegionHints}).
     */
    public List<Finding> detect(List<ScanField> fields, DetectionContext context) {
        NormalizedField[] changed = null;
        for (int i = 0; i < fields.size(); i++) {
            ScanField field = fields.get(i);
            if (!NormalizedField.isPlain(field)) {
                if (changed == null) {
                    changed = new NormalizedField[fields.size()];
                }
                changed[i] = NormalizedField.of(field);
            }
        }
        List<Finding> findings = changed == null ? detectPlain(fields, context)
                : detectNormalized(fields, changed, context);
        return PairedSecrets.complete(findings, fields, pairs);
    }

    /** All fields are their own normalization (all ASCII, most calls). */
    private List<Finding> detectPlain(List<ScanField> fields, DetectionContext context) {
        List<Finding> findings = new ArrayList<>();
        for (int d = 0; d < detectors.size(); d++) {
            Detector detector = detectors.get(d);
            long start = System.nanoTime();
            PluginCall.in(detector, () -> {
                for (ScanField field : fields) {
                    List<Finding> found = checked(detector, field, run(detector, field, context));
                    if (!found.isEmpty()) { // addAll copies even an empty list into an array first
                        findings.addAll(found);
                    }
                }
                return null;
            });
            timers[d].lap(start);
        }
        return findings;
    }

    /** Detectors scan the normalized fields ({@code changed[i]}, or the field itself when null). */
    private List<Finding> detectNormalized(List<ScanField> fields, NormalizedField[] changed,
                                           DetectionContext context) {
        List<Finding> findings = new ArrayList<>();
        for (int d = 0; d < detectors.size(); d++) {
            Detector detector = detectors.get(d);
            long start = System.nanoTime();
            PluginCall.in(detector, () -> {
                for (int i = 0; i < fields.size(); i++) {
                    NormalizedField field = changed[i];
                    ScanField scanned = field == null ? fields.get(i) : field.scanned();
                    List<Finding> found = checked(detector, scanned, run(detector, scanned, context));
                    if (field == null) {
                        findings.addAll(found);
                    } else {
                        found.forEach(finding -> findings.add(field.toOriginal(finding)));
                    }
                }
                return null;
            });
            timers[d].lap(start);
        }
        return findings;
    }

    /** Fields at least this long are followed by a budget check after each detector (small ones, by chunk). */
    static final int LARGE_FIELD_CHARS = 4096;

    private static List<Finding> run(Detector detector, ScanField field, DetectionContext context) {
        List<Finding> found;
        try {
            found = detector.detect(field, context);
        } catch (RuntimeException | LinkageError e) {
            throw new ComponentFailure("detector " + detector.id(), e);
        }
        if (field.text().length() >= LARGE_FIELD_CHARS) {
            ScanDeadline.checkpoint();
        }
        return found;
    }

    private static List<Finding> checked(Detector detector, ScanField field, List<Finding> found) {
        if (found == null) {
            throw new ComponentFailure("detector " + detector.id(), new IllegalStateException("returned null"));
        }
        if (found.isEmpty()) {
            return found; // most fields: no iterator made
        }
        for (Finding finding : found) {
            if (!finding.path().equals(field.path()) || finding.end() > field.text().length()) {
                throw new ComponentFailure("detector " + detector.id(),
                        new IllegalStateException("finding outside its field"));
            }
        }
        return found;
    }
}
