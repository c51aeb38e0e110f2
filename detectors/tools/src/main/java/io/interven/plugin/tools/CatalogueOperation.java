package io.interven.plugin.tools;

import io.interven.spi.OutboundCall;
import io.interven.spi.ToolMatch;
import java.util.function.Supplier;

/** What a catalogue line names a call it covers: one fixed operation, or the operation a GraphQL request asks for. */
sealed interface CatalogueOperation {

    /** The operation column's value that asks for GraphQL classification instead of a fixed operation. */
    String GRAPHQL = "graphql";

    ToolMatch of(OutboundCall call, Supplier<String> body);

    /** Every call the line covers is this operation. */
    record Fixed(ToolMatch match) implements CatalogueOperation {
        @Override
        public ToolMatch of(OutboundCall call, Supplier<String> body) {
            return match;
        }
    }

    /**
     * A GraphQL endpoint: the root fields of the operations the request executes name the call, through the
     * tool's {@code GRAPHQL} lines ({@code fields}).
     */
    record Graphql(GraphqlFieldOperations fields) implements CatalogueOperation {
        @Override
        public ToolMatch of(OutboundCall call, Supplier<String> body) {
            return GraphqlRequest.of(call, body.get()).operation(fields);
        }
    }
}
