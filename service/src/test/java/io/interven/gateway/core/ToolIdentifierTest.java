package io.interven.gateway.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.spi.OutboundCall;
import io.interven.spi.ToolMatch;
import io.interven.spi.ToolRecognizer;
import io.interven.spi.Verb;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** What recognizers receive from the gateway, and what a call no recognizer knows is. */
class ToolIdentifierTest {
    private final AtomicReference<OutboundCall> seenCall = new AtomicReference<>();
    private final AtomicReference<String> seenBody = new AtomicReference<>();
    private final ToolIdentifier identifier = new ToolIdentifier(List.of(new ToolRecognizer() {
        @Override
        public String id() {
            return "spy";
        }

        @Override
        public Optional<ToolMatch> recognize(OutboundCall call) {
            return recognize(call, () -> "");
        }

        @Override
        public Optional<ToolMatch> recognize(OutboundCall call, Supplier<String> body) {
            seenCall.set(call);
            seenBody.set(body.get());
            return Optional.empty();
        }
    }));

    private static OutboundCall call(String method, String url) {
        return OutboundCall.of(method, url, Map.of());
    }

    @Test
    void recognizersSeeTheBodyAsTheAgentSendsIt() {
        identifier.identify(call("POST", "https://api.github.com/graphql"),
                CallInputs.json("{\"query\": \"mutation { x }\"}"));
        assertThat(seenBody.get()).isEqualTo("{\"query\":\"mutation { x }\"}");

        identifier.identify(call("POST", "https://api.github.com/graphql"), CallInputs.json("\"query { viewer }\""));
        assertThat(seenBody.get()).isEqualTo("query { viewer }");

        identifier.identify(call("POST", "https://api.github.com/graphql"));
        assertThat(seenBody.get()).isEmpty();
    }

    @Test
    void recognizersSeeTheSharedHostingSuffixOfTheHost() {
        identifier.identify(call("PUT", "https://attacker-logs.s3.amazonaws.com/x"), null);
        assertThat(seenCall.get().sharedHostingSuffix()).isEqualTo("s3.amazonaws.com");

        identifier.identify(call("POST", "https://api.github.com/repos/a/b/pulls"), null);
        assertThat(seenCall.get().isSharedHosting()).isFalse();
    }

    @Test
    void aCallNoRecognizerKnowsIsCustomProxyWithTheVerbOfItsMethod() {
        assertThat(identifier.identify(call("OPTIONS", "https://x.example/"), null))
                .isEqualTo(new ToolMatch(ToolIdentifier.UNKNOWN_TOOL, "http_options", Verb.READ));
        assertThat(identifier.identify(call("DELETE", "https://x.example/"), null))
                .isEqualTo(new ToolMatch(ToolIdentifier.UNKNOWN_TOOL, "http_delete", Verb.DELETE));
        assertThat(identifier.identify(call("PATCH", "https://x.example/"), null))
                .isEqualTo(new ToolMatch(ToolIdentifier.UNKNOWN_TOOL, "http_patch", Verb.WRITE));
    }
}
