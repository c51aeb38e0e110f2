package io.interven.plugin.tools;

import io.interven.spi.OutboundCall;
import io.interven.spi.ToolMatch;
import io.interven.spi.Verb;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The GraphQL documents one request carries: the {@code query} members of a JSON body (one request or a batch),
 * a raw document body (sent as {@code Content-Type: application/graphql}, or any body that is not JSON), and
 * {@code query} parameters of the URL. The request reads
 * only when every document provably only reads; anything else (a mutation, no document, a persisted-query hash,
 * a body that does not parse) writes, so that a policy on writes is never side-stepped.
 */
final class GraphqlRequest {
    static final String QUERY_OPERATION = "graphql_query";
    static final String MUTATION_OPERATION = "graphql_mutation";
    private static final String RAW_DOCUMENT_TYPE = "application/graphql";

    private final List<String> documents;
    private final boolean readable;

    private GraphqlRequest(List<String> documents, boolean readable) {
        this.documents = List.copyOf(documents);
        this.readable = readable;
    }

    static GraphqlRequest of(OutboundCall call, String body) {
        List<String> documents = new ArrayList<>();
        String text = body == null ? "" : body.strip();
        try {
            if (!isRawDocument(call) && (text.startsWith("{") || text.startsWith("["))) {
                documents.addAll(JsonQueryFields.of(text));
            } else if (!text.isEmpty()) {
                documents.add(text);
            }
            documents.addAll(queryParameters(call.query()));
        } catch (IllegalArgumentException unreadable) {
            return new GraphqlRequest(documents, false);
        }
        return new GraphqlRequest(documents, true);
    }

    private static boolean isRawDocument(OutboundCall call) {
        return call.header("Content-Type").map(type -> type.strip().toLowerCase(Locale.ROOT))
                .filter(type -> type.startsWith(RAW_DOCUMENT_TYPE)).isPresent();
    }

    private static List<String> queryParameters(String query) {
        List<String> values = new ArrayList<>();
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            if (name.equals("query")) {
                values.add(equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    boolean readsOnly() {
        return readable && !documents.isEmpty() && documents.stream().allMatch(GraphqlDocument::isReadOnly);
    }

    ToolMatch operation(String tool) {
        return readsOnly() ? new ToolMatch(tool, QUERY_OPERATION, Verb.READ)
                : new ToolMatch(tool, MUTATION_OPERATION, Verb.WRITE);
    }
}
