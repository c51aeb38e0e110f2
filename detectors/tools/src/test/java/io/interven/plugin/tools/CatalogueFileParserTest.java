package io.interven.plugin.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interven.spi.OutboundCall;
import io.interven.spi.ToolMatch;
import io.interven.spi.Verb;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogueFileParserTest {

    @Test
    void readsEntriesSkippingCommentsAndBlankLines() {
        String text = """
                # a comment

                POST|PUT  api.example.com,*.example.org  /v1/things(.json)?  example  create_thing   # trailing comment
                GET       api.example.com                /v1/things/{id}     example  get_thing
                """;
        ToolCatalogue catalogue = new ToolCatalogue(CatalogueFileParser.parse("test", text));

        assertThat(catalogue.size()).isEqualTo(2);
        assertThat(catalogue.lookup(OutboundCall.of("PUT", "https://eu.example.org/v1/things.json", Map.of())))
                .contains(new ToolMatch("example", "create_thing", Verb.WRITE));
        assertThat(catalogue.lookup(OutboundCall.of("GET", "https://api.example.com/v1/things/9", Map.of())))
                .contains(new ToolMatch("example", "get_thing", Verb.READ));
    }

    @Test
    void namesTheLineOfAMalformedEntry() {
        String text = "GET api.example.com /v1/a example get_a\nGET api.example.com /v1/b example\n";
        assertThatThrownBy(() -> CatalogueFileParser.parse("my-catalogue.txt", text))
                .hasMessageContaining("my-catalogue.txt line 2")
                .hasMessageContaining("expected 5 columns");
    }

    @Test
    void rejectsAnOperationWhoseVerbCannotBeDerived() {
        assertThatThrownBy(() -> CatalogueFileParser.parse("c", "POST api.example.com /v1/x example frobnicate"))
                .hasMessageContaining("c line 1")
                .hasMessageContaining("frobnicate");
    }

    @Test
    void rejectsBadHostsAndTemplates() {
        assertThatThrownBy(() -> CatalogueFileParser.parse("c", "POST -not-a-host /v1/x example create_x"))
                .hasMessageContaining("not a host name");
        assertThatThrownBy(() -> CatalogueFileParser.parse("c", "POST api.example.com /v1/(x example create_x"))
                .hasMessageContaining("unclosed '('");
        assertThatThrownBy(() -> CatalogueFileParser.parse("c", "POST api.example.com v1/x example create_x"))
                .hasMessageContaining("must start with '/'");
    }

    @Test
    void readsVendorLinesAndGraphqlEndpoints() {
        String text = """
                VENDOR    example          example.com,*.example.com
                POST      api.example.com  /v1/things  example  create_thing
                GET|POST  api.example.com  /graphql    example  graphql
                """;
        ToolCatalogue catalogue = new ToolCatalogue(CatalogueFileParser.parse("test", text));

        assertThat(catalogue.vendors()).extracting(VendorHosts::tool).containsExactly("example");
        assertThat(catalogue.lookup(OutboundCall.of("PUT", "https://files.example.com/x", Map.of())))
                .contains(new ToolMatch("example", "http_put", Verb.WRITE));
        assertThat(catalogue.lookup(OutboundCall.of("POST", "https://api.example.com/graphql", Map.of()),
                () -> "{\"query\": \"{ things { id } }\"}"))
                .contains(new ToolMatch("example", "graphql_query", Verb.READ));
        assertThat(catalogue.lookup(OutboundCall.of("POST", "https://example.org/x", Map.of()))).isEmpty();
    }

    @Test
    void namesTheLineOfAMalformedVendor() {
        assertThatThrownBy(() -> CatalogueFileParser.parse("c", "GET a.example.com /x t get_x\nVENDOR t\n"))
                .hasMessageContaining("c line 2")
                .hasMessageContaining("expected 3 columns");
        assertThatThrownBy(() -> CatalogueFileParser.parse("c", "GET a.example.com /x t get_x\nVENDOR t bad-host-\n"))
                .hasMessageContaining("not a host name");
    }

    @Test
    void rejectsAnEmptyCatalogue() {
        assertThatThrownBy(() -> CatalogueFileParser.parse("empty.txt", "# nothing\n"))
                .hasMessageContaining("empty.txt holds no catalogue entries");
    }

    @Test
    void readsGraphqlFieldLinesWhereverTheyStand() {
        String text = """
                GRAPHQL   example  mutation  thingCreate  create_thing
                GRAPHQL   example  query     things       list_things
                POST      api.example.com  /graphql    example  graphql
                """;
        ToolCatalogue catalogue = new ToolCatalogue(CatalogueFileParser.parse("test", text));
        OutboundCall call = OutboundCall.of("POST", "https://api.example.com/graphql", Map.of());

        assertThat(catalogue.lookup(call, () -> "{\"query\": \"mutation { thingCreate { id } }\"}"))
                .contains(new ToolMatch("example", "create_thing", Verb.WRITE));
        assertThat(catalogue.lookup(call, () -> "{\"query\": \"{ things { id } }\"}"))
                .contains(new ToolMatch("example", "list_things", Verb.READ));
        assertThat(catalogue.lookup(call, () -> "{\"query\": \"{ thingCreate { id } }\"}"))
                .contains(new ToolMatch("example", "graphql_query", Verb.READ));
    }

    @Test
    void rejectsMalformedGraphqlFieldLines() {
        String endpoint = "POST api.example.com /graphql example graphql\n";
        assertThatThrownBy(() -> CatalogueFileParser.parse("c", endpoint + "GRAPHQL other mutation x create_x"))
                .hasMessageContaining("c line 2").hasMessageContaining("no graphql endpoint");
        assertThatThrownBy(() -> CatalogueFileParser.parse("c", endpoint + "GRAPHQL example mutation x get_x"))
                .hasMessageContaining("a mutation field cannot be get_x");
        assertThatThrownBy(() -> CatalogueFileParser.parse("c", endpoint + "GRAPHQL example query x create_x"))
                .hasMessageContaining("a query field cannot be create_x");
        assertThatThrownBy(() -> CatalogueFileParser.parse("c", endpoint + "GRAPHQL example subscription x get_x"))
                .hasMessageContaining("query or mutation");
        assertThatThrownBy(() -> CatalogueFileParser.parse("c", endpoint + "GRAPHQL example mutation x-y create_x"))
                .hasMessageContaining("not a GraphQL field name");
        assertThatThrownBy(() -> CatalogueFileParser.parse("c", endpoint + "GRAPHQL example mutation x frob"))
                .hasMessageContaining("frob");
        assertThatThrownBy(() -> CatalogueFileParser.parse("c", endpoint + "GRAPHQL example mutation x"))
                .hasMessageContaining("expected 5 columns");
        assertThatThrownBy(() -> CatalogueFileParser.parse("c",
                endpoint + "GRAPHQL example mutation x create_x\nGRAPHQL example mutation x update_x"))
                .hasMessageContaining("c line 3").hasMessageContaining("named twice");
    }
}
