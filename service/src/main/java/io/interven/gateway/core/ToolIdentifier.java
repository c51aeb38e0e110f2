package io.interven.gateway.core;

import com.fasterxml.jackson.databind.JsonNode;
import io.interven.spi.OutboundCall;
import io.interven.spi.ToolMatch;
import io.interven.spi.ToolRecognizer;
import io.interven.spi.Verb;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Asks each tool recognizer in turn, with the call's shared-hosting suffix and its body (GraphQL endpoints tell a
 * query from a mutation by it); a call none knows is {@code custom_proxy} / {@code http_<method>}.
 */
public class ToolIdentifier {
    public static final String UNKNOWN_TOOL = "custom_proxy";

    private final List<ToolRecognizer> recognizers;

    public ToolIdentifier(List<ToolRecognizer> recognizers) {
        this.recognizers = List.copyOf(recognizers);
    }

    public ToolMatch identify(OutboundCall call) {
        return identify(call, null);
    }

    /** The tool of a call whose body (object, array or string; null when none) the recognizers may read. */
    public ToolMatch identify(OutboundCall call, JsonNode body) {
        OutboundCall classified = SharedHostingSuffix.classified(call);
        Supplier<String> bodyText = new LazyBodyText(body);
        for (ToolRecognizer recognizer : recognizers) {
            Optional<ToolMatch> match;
            try {
                match = PluginCall.in(recognizer, () -> recognizer.recognize(classified, bodyText));
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
        return new ToolMatch(UNKNOWN_TOOL, "http_" + method.toLowerCase(Locale.ROOT), Verb.ofHttpMethod(method));
    }
}
