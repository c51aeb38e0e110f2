package io.interven.gateway.core;

import io.interven.spi.Detector;
import io.interven.spi.Finding;
import io.interven.spi.OutboundCall;
import io.interven.spi.RiskSignal;
import io.interven.spi.ScanField;
import io.interven.spi.SignalContext;
import io.interven.spi.SignalResult;
import io.interven.spi.ToolMatch;
import io.interven.spi.ToolRecognizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Hand-written plugin components for pipeline unit tests. */
final class FakePlugins {
    static final String ISSUER = "issuer.example";
    private static final Pattern TOKEN = Pattern.compile("tok_[a-z0-9]{8}");

    private FakePlugins() {
    }

    static Detector detector(String id, Function<ScanField, List<Finding>> detect) {
        return new Detector() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public List<Finding> detect(ScanField field) {
                return detect.apply(field);
            }
        };
    }

    /** Finds {@code tok_} + 8 characters, a credential issued by {@link #ISSUER}. */
    static Detector issuedTokenDetector() {
        return detector("issued-tokens", field -> {
            List<Finding> found = new ArrayList<>();
            Matcher m = TOKEN.matcher(field.text());
            while (m.find()) {
                found.add(field.credentialFinding("ISSUER_TOKEN", m.start(), m.end(), 1.0, "issuer-token",
                        Set.of(ISSUER)));
            }
            return found;
        });
    }

    static RiskSignal signal(String id, Function<SignalContext, Optional<SignalResult>> evaluate) {
        return new RiskSignal() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public Optional<SignalResult> evaluate(SignalContext context) {
                return evaluate.apply(context);
            }
        };
    }

    static ToolRecognizer recognizer(String id, Function<OutboundCall, Optional<ToolMatch>> recognize) {
        return new ToolRecognizer() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public Optional<ToolMatch> recognize(OutboundCall call) {
                return recognize.apply(call);
            }
        };
    }
}
