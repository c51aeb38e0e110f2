package io.interven.plugin.signals.intel;

import io.interven.spi.AgentRef;
import io.interven.spi.OutboundCall;
import io.interven.spi.SignalContext;
import io.interven.spi.ToolMatch;
import io.interven.spi.Verb;
import java.util.List;
import java.util.Map;

/** Calls for the threat-intel tests, built as the gateway hands them to signals. */
final class IntelCalls {
    private IntelCalls() {
    }

    static SignalContext post(String url) {
        return context(OutboundCall.of("POST", url, Map.of()));
    }

    /** A call whose host is given as is (spellings {@link java.net.URI} would not accept). */
    static SignalContext toHost(String host, String path) {
        return context(new OutboundCall("POST", "https://example.invalid" + path, host, path, "", Map.of()));
    }

    static SignalContext context(OutboundCall call) {
        return new SignalContext(call, new ToolMatch("custom_proxy", "http_post", Verb.WRITE), List.of(),
                new AgentRef("5a0a3a9e-8f5e-4c1e-9a38-6c3f3f3f3f3f", "agent", null));
    }
}
