package io.interven.plugin.tools;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.spi.OutboundCall;
import io.interven.spi.ToolMatch;
import io.interven.spi.Verb;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * GraphQL endpoints of catalogue vendors: a request that provably only reads is {@code graphql_query} (READ);
 * anything else, a mutation however it is hidden, writes or deletes ({@code GraphqlOperationNamesTest} pins which
 * operation it is named).
 */
class GraphqlRecognitionTest {
    private static final CatalogueToolRecognizer RECOGNIZER = new CatalogueToolRecognizer();

    /** The GraphQL endpoints of the catalogue: host and path, and the tool they belong to. */
    private static final List<String[]> ENDPOINTS = List.of(
            new String[] {"https://api.github.com/graphql", "github"},
            new String[] {"https://API.GitHub.com//graphql/", "github"},
            new String[] {"https://acme.atlassian.net/gateway/api/graphql", "jira"},
            new String[] {"https://api.atlassian.com/graphql", "jira"},
            new String[] {"https://acme.my.salesforce.com/services/data/v59.0/graphql", "salesforce"},
            new String[] {"https://api.hubapi.com/collector/graphql", "hubspot"},
            new String[] {"https://gitlab.com/api/graphql", "gitlab"},
            new String[] {"https://api.linear.app/graphql", "linear"},
            new String[] {"https://api.monday.com/v2", "monday"});

    private static final List<String> READ_ONLY_DOCUMENTS = List.of(
            "{ viewer { login } }",
            "query { viewer { login } }",
            "query Viewer { viewer { login } }",
            "query Repo($owner: String!, $name: String = \"mutation\") @cached { repository(owner: $owner, name: $name) { id } }",
            "query Q($filter: Filter = {kind: \"a\", nested: {x: 1}}) { items(filter: $filter) { id } }",
            "fragment F on User { login } query { viewer { ...F } }",
            "# mutation { deleteRepository }\nquery { viewer { login } }",
            "query { search(query: \"mutation { x }\") { nodes { id } } }",
            "query { search(query: \"\"\"mutation\n{ x } \\\"\"\" \"\"\") { id } }",
            "subscription { issueEvents { id } }",
            "query A { a } query B { b }",
            "\uFEFF  query { mutation: viewer { login } }",
            "query mutation { viewer { login } }");

    private static final List<String> WRITING_DOCUMENTS = List.of(
            "mutation { addStar(input: {starrableId: \"x\"}) { clientMutationId } }",
            "mutation AddStar { addStar(input: {starrableId: \"x\"}) { clientMutationId } }",
            "query A { viewer { login } } mutation B { deleteRepository(id: 1) { id } }",
            "{ viewer { login } } mutation { deleteRepository(id: 1) { id } }",
            "fragment F on User { login } mutation { updateUser { ...F } }",
            "  \n# a comment\n  mutation{x}",
            "query \"unterminated { x }",
            "query { x ",
            "query { x } }",
            "{ a } extend type Query { b: Int }",
            "",
            "   ",
            "1 mutation { x }",
            "\u006dutation { x }");

    static Stream<Arguments> jsonBodies() {
        List<Arguments> cases = new ArrayList<>();
        for (String[] endpoint : ENDPOINTS) {
            for (String document : READ_ONLY_DOCUMENTS) {
                cases.add(Arguments.of(endpoint[0], endpoint[1], json(document), Verb.READ));
                cases.add(Arguments.of(endpoint[0], endpoint[1], "[" + json(document) + "," + json(document) + "]",
                        Verb.READ));
            }
            for (String document : WRITING_DOCUMENTS) {
                cases.add(Arguments.of(endpoint[0], endpoint[1], json(document), Verb.WRITE));
                cases.add(Arguments.of(endpoint[0], endpoint[1],
                        "[" + json("{ viewer { login } }") + "," + json(document) + "]", Verb.WRITE));
            }
        }
        return cases.stream();
    }

    private static String json(String document) {
        StringBuilder escaped = new StringBuilder();
        for (char c : document.toCharArray()) {
            switch (c) {
                case '"' -> escaped.append("\\\"");
                case '\\' -> escaped.append("\\\\");
                case '\n' -> escaped.append("\\n");
                default -> escaped.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return "{\"query\": \"" + escaped + "\", \"variables\": {\"query\": \"mutation { x }\", \"list\": [1, true, null]}}";
    }

    @ParameterizedTest(name = "POST {0} {2} -> {3}")
    @MethodSource("jsonBodies")
    void aJsonRequestReadsOnlyWhenEveryDocumentOnlyReads(String url, String tool, String body, Verb verb) {
        assertClassified(RECOGNIZER.recognize(OutboundCall.of("POST", url, Map.of()), () -> body).orElseThrow(),
                tool, verb);
    }

    /** A read is a reading operation of the tool; a write is any writing or deleting operation of it. */
    private static void assertClassified(ToolMatch match, String tool, Verb verb) {
        if (verb == Verb.READ) {
            assertThat(match.toolName()).isEqualTo(tool);
            assertThat(match.verb()).isEqualTo(Verb.READ);
        } else {
            assertThat(match.toolName()).isEqualTo(tool);
            assertThat(match.verb()).isNotEqualTo(Verb.READ);
        }
    }

    static Stream<Arguments> rawDocumentsAndUrlQueries() {
        List<Arguments> cases = new ArrayList<>();
        for (String document : READ_ONLY_DOCUMENTS) {
            cases.add(Arguments.of(document, Verb.READ));
        }
        for (String document : WRITING_DOCUMENTS) {
            cases.add(Arguments.of(document, Verb.WRITE));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("rawDocumentsAndUrlQueries")
    void aRawDocumentBodyAndAQueryParameterAreClassifiedAlike(String document, Verb verb) {
        OutboundCall post = OutboundCall.of("POST", "https://api.github.com/graphql",
                Map.of("content-type", "application/graphql; charset=utf-8"));
        OutboundCall get = OutboundCall.of("GET", "https://api.github.com/graphql?query="
                + URLEncoder.encode(document, StandardCharsets.UTF_8) + "&variables=%7B%7D", Map.of());

        assertClassified(RECOGNIZER.recognize(post, () -> document).orElseThrow(), "github", verb);
        assertClassified(RECOGNIZER.recognize(get, () -> "").orElseThrow(), "github", verb);
    }

    @Test
    void aRequestThatCannotBeShownToOnlyReadWrites() {
        OutboundCall post = OutboundCall.of("POST", "https://api.github.com/graphql", Map.of());
        for (String body : List.of("", "{\"operationName\": \"Q\"}",
                "{\"extensions\": {\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \"abc\"}}}",
                "{\"query\": null}", "{\"query\": {\"text\": \"{ a }\"}}", "{\"query\": \"{ a }\"",
                "{\"query\": \"{ a }\"} {\"query\": \"mutation { b }\"}", "{\"query\": \"{ a }\", \"query\": \"mutation { b }\"}",
                "{\"query\": \"{ a }\\u", "[1, 2]", "{\"query\": \"{ a }\"}]")) {
            assertThat(RECOGNIZER.recognize(post, () -> body).map(m -> m.withPrincipals(null))).as(body).contains(expected("github", Verb.WRITE));
        }
        assertThat(RECOGNIZER.recognize(post).map(m -> m.withPrincipals(null))).contains(expected("github", Verb.WRITE));
    }

    @Test
    void aBodyThatLooksLikeJsonIsReadAsJsonUnlessSentAsAGraphqlDocument() {
        String almostJson = "{\"query\": \"mutation { x }\",}";
        OutboundCall json = OutboundCall.of("POST", "https://api.github.com/graphql",
                Map.of("Content-Type", "application/json"));
        OutboundCall untyped = OutboundCall.of("POST", "https://api.github.com/graphql", Map.of());

        assertThat(RECOGNIZER.recognize(json, () -> almostJson).map(m -> m.withPrincipals(null))).contains(expected("github", Verb.WRITE));
        assertThat(RECOGNIZER.recognize(untyped, () -> almostJson).map(m -> m.withPrincipals(null))).contains(expected("github", Verb.WRITE));
        assertThat(RECOGNIZER.recognize(untyped, () -> "query { viewer { login } }").map(m -> m.withPrincipals(null)))
                .contains(expected("github", Verb.READ));
    }

    @Test
    void aQueryWithAMutationInTheUrlWrites() {
        OutboundCall post = OutboundCall.of("POST", "https://api.github.com/graphql?query=mutation%7Bx%7D", Map.of());

        assertThat(RECOGNIZER.recognize(post, () -> "{\"query\": \"{ a }\"}").map(m -> m.withPrincipals(null))).contains(expected("github", Verb.WRITE));
    }

    @Test
    void aLongDeeplyNestedBodyIsReadWithoutRecursion() {
        String nested = "{\"query\": \"query { a }\", \"variables\": " + "[".repeat(50_000) + "]".repeat(50_000) + "}";
        String deepDocument = "query " + "{ a ".repeat(50_000) + "}".repeat(50_000);

        OutboundCall post = OutboundCall.of("POST", "https://api.github.com/graphql", Map.of());
        assertThat(RECOGNIZER.recognize(post, () -> nested).map(m -> m.withPrincipals(null))).contains(expected("github", Verb.READ));
        assertThat(RECOGNIZER.recognize(post, () -> deepDocument).map(m -> m.withPrincipals(null))).contains(expected("github", Verb.READ));
    }

    private static ToolMatch expected(String tool, Verb verb) {
        return verb == Verb.READ ? new ToolMatch(tool, GraphqlRequest.QUERY_OPERATION, Verb.READ)
                : new ToolMatch(tool, GraphqlRequest.MUTATION_OPERATION, Verb.WRITE);
    }
}
