package io.interven.gateway.core;

import io.interven.spi.OutboundCall;
import io.interven.spi.ToolMatch;
import io.interven.spi.ToolRecognizer;
import io.interven.spi.Verb;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Asks each tool recognizer in turn; a call none knows is {@code custom_proxy} / {@code http_<method>}. */
public class ToolIdentifier {
    public static final String UNKNOWN_TOOL = "custom_proxy";

    private final List<ToolRecognizer> recognizers;

    public ToolIdentifier(List<ToolRecognizer> recognizers) {
        this.recognizers = List.copyOf(recognizers);
    }

    public ToolMatch identify(OutboundCall call) {
        for (ToolRecognizer recognizer : recognizers) {
            Optional<ToolMatch> match;
            try {
                match = PluginCall.in(recognizer, () -> recognizer.recognize(call));
            } catch (RuntimeException e) {
                throw new ComponentFailure("tool recognizer " + recognizer.id(), e);
            }
            if (match != null && match.isPresent()) {
                return match.get();
            }
        }
        return unknown(call.method());
    }

    static ToolMatch unknown(String method) {
        Verb verb = switch (method) {
            case "GET", "HEAD", "OPTIONS" -> Verb.READ;
            case "DELETE" -> Verb.DELETE;
            default -> Verb.WRITE;
        };
        return new ToolMatch(UNKNOWN_TOOL, "http_" + method.toLowerCase(Locale.ROOT), verb);
    }
}
