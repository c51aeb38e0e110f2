package io.interven.gateway.core;

import io.interven.spi.Detector;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.util.ArrayList;
import java.util.List;

/** Runs every detector over every field. A detector that throws, or answers nonsense, fails the scan closed. */
public class DetectorRunner {
    private final List<Detector> detectors;

    public DetectorRunner(List<Detector> detectors) {
        this.detectors = List.copyOf(detectors);
    }

    /** Every detector over every field, detector by detector (the plugin's class loader is set once per detector). */
    public List<Finding> detect(List<ScanField> fields) {
        List<Finding> findings = new ArrayList<>();
        for (Detector detector : detectors) {
            PluginCall.in(detector, () -> {
                for (ScanField field : fields) {
                    findings.addAll(checked(detector, field, run(detector, field)));
                }
                return null;
            });
        }
        return findings;
    }

    private static List<Finding> run(Detector detector, ScanField field) {
        try {
            return detector.detect(field);
        } catch (RuntimeException | LinkageError e) {
            throw new ComponentFailure("detector " + detector.id(), e);
        }
    }

    private static List<Finding> checked(Detector detector, ScanField field, List<Finding> found) {
        if (found == null) {
            throw new ComponentFailure("detector " + detector.id(), new IllegalStateException("returned null"));
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
