package io.interven.gateway.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.interven.gateway.core.fields.JsonTextWalker;
import io.interven.gateway.request.RequestReader;
import java.util.regex.Pattern;

/** Validates the JSON of {@code POST /v1/a2a/scan} into an {@link A2aScanRequest}, listing every failing field. */
public final class A2aScanRequestParser {
    static final int MAX_METHOD_LENGTH = 40;
    static final int MAX_INTENT_LENGTH = 65_536;
    static final int MAX_CHAIN_ID_LENGTH = 128;
    private static final Pattern METHOD = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");
    private static final Pattern CHAIN_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]*");

    private A2aScanRequestParser() {
    }

    public static A2aScanRequest parse(JsonNode json) {
        RequestReader in = new RequestReader(json);
        var from = in.uuid("from_agent_id", true).orElse(null);
        var to = in.uuid("to_agent_id", true).orElse(null);
        String method = in.text("method", true, MAX_METHOD_LENGTH, m -> METHOD.matcher(m).matches(),
                "a word such as delegate, ask or handoff (a letter, then letters, digits, '_', '.' or '-')")
                .orElse(null);
        String intent = in.text("intent", false, MAX_INTENT_LENGTH).orElse(null);
        JsonNode payload = payload(in);
        String chainId = in.text("chain_id", false, MAX_CHAIN_ID_LENGTH, c -> CHAIN_ID.matcher(c).matches(),
                "an id such as a UUID (letters, digits, '_', '.', ':' or '-')").orElse(null);
        in.validate();
        return new A2aScanRequest(from, to, method, intent, payload, chainId);
    }

    private static JsonNode payload(RequestReader in) {
        JsonNode node = in.node("payload");
        if (node == null || node.isNull()) {
            return null;
        }
        if (JsonTextWalker.nesting(node) > JsonTextWalker.MAX_NESTING) {
            in.problem("payload", "must not nest objects and arrays deeper than " + JsonTextWalker.MAX_NESTING
                    + " levels");
            return null;
        }
        return node;
    }
}
