package io.interven.plugin.tools;

import io.interven.plugin.tools.GraphqlDocument.Operation;
import io.interven.plugin.tools.GraphqlDocument.Type;
import io.interven.spi.OutboundCall;
import io.interven.spi.ToolMatch;
import io.interven.spi.Verb;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The GraphQL requests one call carries: the JSON body's request object (or each of a batch) with its
 * {@code query} members and {@code operationName}, a raw document body (sent as
 * {@code Content-Type: application/graphql}, or any body that is not JSON), and the {@code query} and
 * {@code operationName} parameters of the URL. The call is named by the root fields of the operations that execute
 * ({@link GraphqlRootFieldVerdict}); whatever cannot be read (no document, a persisted-query hash, a body or
 * document that does not parse) writes, so that a policy on writes is never side-stepped.
 */
final class GraphqlRequest {
    static final String QUERY_OPERATION = "graphql_query";
    static final String MUTATION_OPERATION = "graphql_mutation";
    private static final String RAW_DOCUMENT_TYPE = "application/graphql";

    private final List<JsonQueryFields.Request> requests;
    private final boolean readable;

    private GraphqlRequest(List<JsonQueryFields.Request> requests, boolean readable) {
        this.requests = List.copyOf(requests);
        this.readable = readable;
    }

    static GraphqlRequest of(OutboundCall call, String body) {
        List<JsonQueryFields.Request> requests = new ArrayList<>();
        String text = body == null ? "" : body.strip();
        try {
            if (!isRawDocument(call) && (text.startsWith("{") || text.startsWith("["))) {
                requests.addAll(JsonQueryFields.of(text));
            } else if (!text.isEmpty()) {
                requests.add(new JsonQueryFields.Request(List.of(text), null));
            }
            urlRequest(call.query(), requests);
        } catch (IllegalArgumentException unreadable) {
            return new GraphqlRequest(requests, false);
        }
        return new GraphqlRequest(requests, true);
    }

    private static boolean isRawDocument(OutboundCall call) {
        return call.header("Content-Type").map(type -> type.strip().toLowerCase(Locale.ROOT))
                .filter(type -> type.startsWith(RAW_DOCUMENT_TYPE)).isPresent();
    }

    /** The URL's {@code query} parameters, with its only {@code operationName} parameter, as one request. */
    private static void urlRequest(String query, List<JsonQueryFields.Request> requests) {
        List<String> documents = new ArrayList<>();
        List<String> operationNames = new ArrayList<>();
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            if (name.equals("query")) {
                documents.add(value);
            } else if (name.equals("operationName")) {
                operationNames.add(value);
            }
        }
        if (!documents.isEmpty()) {
            requests.add(new JsonQueryFields.Request(documents, operationNames.size() == 1 ? operationNames.get(0)
                    : null));
        }
    }

    /** The tool's operation for this call, named through {@code fields} where the catalogue names a root field. */
    ToolMatch operation(GraphqlFieldOperations fields) {
        String tool = fields.tool();
        if (!readable || requests.isEmpty()) {
            return unknownWrite(tool);
        }
        GraphqlRootFieldVerdict verdict = new GraphqlRootFieldVerdict(fields);
        for (JsonQueryFields.Request request : requests) {
            if (request.documents().isEmpty()) {
                return unknownWrite(tool);
            }
            for (String text : request.documents()) {
                GraphqlDocument document = GraphqlDocument.parse(text).orElse(null);
                if (document == null) {
                    return unknownWrite(tool);
                }
                Map<Type, Set<String>> fragmentsRead = new EnumMap<>(Type.class);
                for (Operation operation : executed(document, request.operationName())) {
                    Set<String> read = fragmentsRead.computeIfAbsent(operation.type(), type -> new HashSet<>());
                    verdict.add(operation.type(), document.rootFields(operation, read));
                }
            }
        }
        return verdict.match();
    }

    /**
     * The operations the server executes: the one {@code operationName} names when exactly one operation has that
     * name; every operation otherwise (a document of several operations without a name that picks one is refused by
     * a server, but counting them all is the safe reading).
     */
    private static List<Operation> executed(GraphqlDocument document, String operationName) {
        if (operationName != null) {
            List<Operation> named = document.operations().stream()
                    .filter(operation -> operationName.equals(operation.name())).toList();
            if (named.size() == 1) {
                return named;
            }
        }
        return document.operations();
    }

    static ToolMatch unknownWrite(String tool) {
        return new ToolMatch(tool, MUTATION_OPERATION, Verb.WRITE);
    }

    static ToolMatch unknownRead(String tool) {
        return new ToolMatch(tool, QUERY_OPERATION, Verb.READ);
    }
}
