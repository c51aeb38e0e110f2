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

    public List<Finding> detect(List<ScanField> fields) {
        List<Finding> findings = new ArrayList<>();
        for (ScanField field : fields) {
            for (Detector detector : detectors) {
                List<Finding> found;
                try {
                    found = PluginCall.in(detector, () -> detector.detect(field));
                } catch (RuntimeException | LinkageError e) {
                    throw new ComponentFailure("detector " + detector.id(), e);
                }
                if (found == null) {
                    throw new ComponentFailure("detector " + detector.id(),
                            new IllegalStateException("returned null"));
                }
                for (Finding finding : found) {
                    if (!finding.path().equals(field.path()) || finding.end() > field.text().length()) {
                        throw new ComponentFailure("detector " + detector.id(),
                                new IllegalStateException("finding outside its field"));
                    }
                    findings.add(finding);
                }
            }
        }
        return findings;
    }
}
