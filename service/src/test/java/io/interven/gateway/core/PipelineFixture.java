package io.interven.gateway.core;

import io.interven.gateway.config.RiskConfiguration;
import io.interven.gateway.history.AgentHistorySource;
import io.interven.gateway.policy.BuiltinDefaultPolicy;
import io.interven.gateway.policy.PolicyEngine;
import io.interven.gateway.policy.PolicySource;
import io.interven.spi.Detector;
import io.interven.spi.RiskSignal;
import io.interven.spi.ToolRecognizer;
import java.util.List;

/** A real {@link ScanPipeline} over fake plugin components and the built-in default policy. */
public final class PipelineFixture {
    private PipelineFixture() {
    }

    static ScanPipeline pipeline(List<ToolRecognizer> recognizers, List<Detector> detectors,
                                 List<RiskSignal> signals, PolicySource policies) {
        return pipeline(recognizers, detectors, new SignalRunner(signals), policies);
    }

    static ScanPipeline pipeline(List<ToolRecognizer> recognizers, List<Detector> detectors, SignalRunner signals,
                                 PolicySource policies) {
        return new ScanPipeline(new ToolIdentifier(recognizers), new DetectorRunner(detectors), signals,
                new RiskScorer(new RiskConfiguration()), new PolicyEngine(BuiltinDefaultPolicy.create()), policies,
                new Sanitizer());
    }

    /** The signals, with the agent histories of {@code histories}. */
    static ScanPipeline withSignals(AgentHistorySource histories, RiskSignal... signals) {
        return pipeline(List.of(), List.of(), new SignalRunner(List.of(signals), histories), PolicySource.NONE);
    }

    public static ScanPipeline withDetectors(Detector... detectors) {
        return pipeline(List.of(), List.of(detectors), List.of(), PolicySource.NONE);
    }

    static ScanPipeline withSignals(RiskSignal... signals) {
        return pipeline(List.of(), List.of(), List.of(signals), PolicySource.NONE);
    }

    static ScanPipeline withRecognizers(ToolRecognizer... recognizers) {
        return pipeline(List.of(recognizers), List.of(), List.of(), PolicySource.NONE);
    }
}
