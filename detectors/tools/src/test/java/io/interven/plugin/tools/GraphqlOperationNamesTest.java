package io.interven.plugin.tools;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.spi.OutboundCall;
import io.interven.spi.ToolMatch;
import io.interven.spi.Verb;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A GraphQL call is named by the root fields of the operation that executes: GitHub's {@code createPullRequest} is
 * {@code create_pr}, as {@code POST /repos/{o}/{r}/pulls} is, whatever alias, fragment, comment or string tries to
 * hide or fake a field.
 */
class GraphqlOperationNamesTest {
    private static final CatalogueToolRecognizer RECOGNIZER = new CatalogueToolRecognizer();
    private static final String GITHUB = "https://api.github.com/graphql";

    private static ToolMatch post(String url, String body) {
        return RECOGNIZER.recognize(OutboundCall.of("POST", url, Map.of()), () -> body).orElseThrow()
                .withPrincipals(null);
    }

    private static ToolMatch github(String document) {
        return post(GITHUB, json(document, null));
    }

    private static ToolMatch github(String document, String operationName) {
        return post(GITHUB, json(document, operationName));
    }

    static String json(String document, String operationName) {
        String escaped = document.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
        return "{\"query\": \"" + escaped + "\""
                + (operationName == null ? "" : ", \"operationName\": \"" + operationName + "\"")
                + ", \"variables\": {}}";
    }

    private static ToolMatch match(String tool, String operation, Verb verb) {
        return new ToolMatch(tool, operation, verb);
    }

    @Test
    void aGithubMutationIsTheOperationItsRestCallIs() {
        ToolMatch rest = RECOGNIZER.recognize(OutboundCall.of("POST", "https://api.github.com/repos/acme/web/pulls",
                Map.of())).orElseThrow().withPrincipals(null);

        assertThat(github("mutation { createPullRequest(input: {repositoryId: \"R_1\", baseRefName: \"main\","
                + " headRefName: \"x\", title: \"t\"}) { pullRequest { id } } }")).isEqualTo(rest);
        assertThat(rest).isEqualTo(match("github", "create_pr", Verb.WRITE));
    }

    @ParameterizedTest(name = "{0} -> {1}/{2}")
    @CsvSource(delimiter = '|', value = {
            "mutation { createIssue(input: {repositoryId: \"R\", title: \"t\"}) { issue { id } } } | create_issue | WRITE",
            "mutation AddIt($id: ID!) { addComment(input: {subjectId: $id, body: \"b\"}) { clientMutationId } } | create_comment | WRITE",
            "mutation { mergePullRequest(input: {pullRequestId: \"P\"}) { pullRequest { merged } } } | merge_pr | WRITE",
            "mutation { deleteRepository(input: {repositoryId: \"R\"}) { clientMutationId } } | delete_repo | DELETE",
            "mutation { closeIssue(input: {issueId: \"I\"}) { issue { id } } } | update_issue | WRITE",
            "mutation { removeStar(input: {starrableId: \"S\"}) { clientMutationId } } | remove_star | DELETE",
            "mutation { deleteRef(input: {refId: \"R\"}) { clientMutationId } } | delete_ref | DELETE",
    })
    void githubMutationsAreNamedByTheCatalogue(String document, String operation, Verb verb) {
        assertThat(github(document)).isEqualTo(match("github", operation, verb));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}/{3}/{4}")
    @CsvSource(delimiter = '|', value = {
            "https://api.linear.app/graphql | mutation IssueCreate($input: IssueCreateInput!) { issueCreate(input: $input) { success } } | linear | create_issue | WRITE",
            "https://api.linear.app/graphql | mutation { issueDelete(id: \"x\") { success } } | linear | delete_issue | DELETE",
            "https://api.linear.app/graphql | mutation { commentCreate(input: {issueId: \"x\", body: \"y\"}) { success } } | linear | create_comment | WRITE",
            "https://api.linear.app/graphql | query { issues(first: 5) { nodes { id title } } } | linear | list_issues | READ",
            "https://api.linear.app/graphql | mutation { teamDelete(id: \"t\") { success } } | linear | graphql_mutation | DELETE",
            "https://gitlab.com/api/graphql | mutation { createNote(input: {noteableId: \"x\", body: \"y\"}) { note { id } } } | gitlab | create_comment | WRITE",
            "https://gitlab.com/api/graphql | mutation { mergeRequestAccept(input: {projectPath: \"a/b\", iid: \"1\"}) { errors } } | gitlab | merge_merge_request | WRITE",
            "https://gitlab.com/api/graphql | mutation { destroyNote(input: {id: \"n\"}) { errors } } | gitlab | delete_comment | DELETE",
            "https://api.monday.com/v2 | mutation { create_item(board_id: 1, item_name: \"x\") { id } } | monday | create_item | WRITE",
            "https://api.monday.com/v2 | mutation { delete_item(item_id: 1) { id } } | monday | delete_item | DELETE",
            "https://api.monday.com/v2 | mutation { delete_group(board_id: 1, group_id: \"g\") { id } } | monday | graphql_mutation | DELETE",
            "https://acme.atlassian.net/gateway/api/graphql | mutation { jira { deleteIssue(id: \"x\") { success } } } | jira | graphql_mutation | WRITE",
    })
    void otherVendorsAreNamedTheSameWay(String url, String document, String tool, String operation, Verb verb) {
        assertThat(post(url, json(document, null))).isEqualTo(match(tool, operation, verb));
    }

    @Test
    void anAliasNeverRenamesTheField() {
        assertThat(github("mutation { star: deleteRepository(input: {repositoryId: \"R\"}) { clientMutationId } }"))
                .isEqualTo(match("github", "delete_repo", Verb.DELETE));
        assertThat(github("mutation { deleteRepository: addStar(input: {starrableId: \"S\"}) { clientMutationId } }"))
                .isEqualTo(match("github", "add_star", Verb.WRITE));
        assertThat(github("mutation { x # comment\n : # another\n deleteRepository(input: {}) { id } }"))
                .isEqualTo(match("github", "delete_repo", Verb.DELETE));
    }

    @Test
    void fragmentsCannotHideARootField() {
        assertThat(github("mutation { ...F } fragment F on Mutation { deleteRepository(input: {}) { id } }"))
                .isEqualTo(match("github", "delete_repo", Verb.DELETE));
        assertThat(github("fragment G on Mutation { deleteRepository(input: {}) { id } } "
                + "fragment F on Mutation { addStar(input: {}) { id } ...G } mutation { ...F @include(if: true) }"))
                .isEqualTo(match("github", "delete_repo", Verb.DELETE));
        assertThat(github("mutation { ... on Mutation { deleteRepository(input: {}) { id } } }"))
                .isEqualTo(match("github", "delete_repo", Verb.DELETE));
        assertThat(github("mutation { ... @include(if: true) { ... { deleteRepository(input: {}) { id } } } }"))
                .isEqualTo(match("github", "delete_repo", Verb.DELETE));
        assertThat(github("mutation { ...A } fragment A on Mutation { ...B } fragment B on Mutation { ...A }"))
                .isEqualTo(match("github", "graphql_mutation", Verb.WRITE));
        assertThat(github("mutation { addStar(input: {}) { id } ...Missing }"))
                .isEqualTo(match("github", "add_star", Verb.WRITE));
        assertThat(github("mutation { ...Missing }"))
                .isEqualTo(match("github", "graphql_mutation", Verb.WRITE));
    }

    @Test
    void aFragmentDefinedTwiceSelectsWhatBothDefinitionsDo() {
        assertThat(github("mutation { ...F } fragment F on Mutation { addStar(input: {}) { id } } "
                + "fragment F on Mutation { deleteRepository(input: {}) { id } }"))
                .isEqualTo(match("github", "delete_repo", Verb.DELETE));
    }

    @Test
    void aNestedFieldIsNotARootField() {
        assertThat(github("mutation { addStar(input: {}) { starrable { ... on Repository { deleteRepository } } } }"))
                .isEqualTo(match("github", "add_star", Verb.WRITE));
        assertThat(github("query { viewer { deleteRepository: login } }"))
                .isEqualTo(match("github", "graphql_query", Verb.READ));
    }

    @Test
    void commentsStringsAndArgumentsNameNoField() {
        assertThat(github("mutation {\n# deleteRepository(input: {})\naddComment(input: {body: \"deleteRepository\"})"
                + " { clientMutationId } }")).isEqualTo(match("github", "create_comment", Verb.WRITE));
        assertThat(github("mutation { addComment(input: {body: \"\"\"\nmutation { deleteRepository }\n\"\"\"}) { x } }"))
                .isEqualTo(match("github", "create_comment", Verb.WRITE));
        assertThat(github("mutation M($deleteRepository: ID = \"deleteRepository\") @deleteRepository"
                + " { addComment(input: {subjectId: $deleteRepository}) @skip(if: false) { x } }"))
                .isEqualTo(match("github", "create_comment", Verb.WRITE));
    }

    @Test
    void theOperationNamedByOperationNameIsTheOneThatExecutes() {
        String both = "query Q { viewer { login } } mutation M { deleteRepository(input: {}) { id } }";

        assertThat(github(both, "Q")).isEqualTo(match("github", "graphql_query", Verb.READ));
        assertThat(github(both, "M")).isEqualTo(match("github", "delete_repo", Verb.DELETE));
        assertThat(github(both)).isEqualTo(match("github", "delete_repo", Verb.DELETE));
        assertThat(github(both, "Missing")).isEqualTo(match("github", "delete_repo", Verb.DELETE));
        assertThat(github("query Q { viewer { login } } mutation Q { deleteRepository(input: {}) { id } }", "Q"))
                .isEqualTo(match("github", "delete_repo", Verb.DELETE));
    }

    @Test
    void anAmbiguousOperationNameCountsEveryOperation() {
        String both = "query Q { viewer { login } } mutation M { deleteRepository(input: {}) { id } }";
        String twoNames = "{\"operationName\": \"Q\", \"query\": \"" + both + "\", \"operationName\": \"M\"}";
        String notAString = "{\"query\": \"" + both + "\", \"operationName\": [\"Q\"]}";
        String escapedKey = "{\"query\": \"" + both + "\", \"operation\\u004eame\": \"Q\"}";

        assertThat(post(GITHUB, twoNames)).isEqualTo(match("github", "delete_repo", Verb.DELETE));
        assertThat(post(GITHUB, notAString)).isEqualTo(match("github", "delete_repo", Verb.DELETE));
        assertThat(post(GITHUB, escapedKey)).isEqualTo(match("github", "graphql_query", Verb.READ));
    }

    @Test
    void theUrlsOperationNameIsRespectedToo() {
        String both = "query Q { viewer { login } } mutation M { deleteRepository(input: {}) { id } }";
        String url = GITHUB + "?query=" + URLEncoder.encode(both, StandardCharsets.UTF_8) + "&operationName=";
        OutboundCall readQ = OutboundCall.of("GET", url + "Q", Map.of());
        OutboundCall runM = OutboundCall.of("GET", url + "M", Map.of());

        assertThat(RECOGNIZER.recognize(readQ, () -> "").orElseThrow().withPrincipals(null))
                .isEqualTo(match("github", "graphql_query", Verb.READ));
        assertThat(RECOGNIZER.recognize(runM, () -> "").orElseThrow().withPrincipals(null))
                .isEqualTo(match("github", "delete_repo", Verb.DELETE));
    }

    @Test
    void theMostDangerousRootFieldWinsAndTheFirstOfItsVerbNamesTheCall() {
        assertThat(github("mutation { addStar(input: {}) { id } createIssue(input: {}) { id } }"))
                .isEqualTo(match("github", "add_star", Verb.WRITE));
        assertThat(github("mutation { addComment(input: {}) { id } deleteRepository(input: {}) { id } addStar(input: {}) { id } }"))
                .isEqualTo(match("github", "delete_repo", Verb.DELETE));
        assertThat(github("mutation { addComment(input: {}) { id } deleteProjectV2(input: {}) { id } }"))
                .isEqualTo(match("github", "graphql_mutation", Verb.DELETE));
    }

    @Test
    void anUnknownRootFieldIsAGenericMutation() {
        assertThat(github("mutation { frobnicate(input: {}) { id } }"))
                .isEqualTo(match("github", "graphql_mutation", Verb.WRITE));
        assertThat(github("mutation { __typename }")).isEqualTo(match("github", "graphql_mutation", Verb.WRITE));
        assertThat(github("mutation { CreateIssue(input: {}) { id } }"))
                .isEqualTo(match("github", "graphql_mutation", Verb.WRITE));
        assertThat(github("subscription { createIssue { id } }")).isEqualTo(match("github", "graphql_query", Verb.READ));
    }

    @Test
    void aBatchIsItsMostDangerousOperation() {
        String batch = "[" + json("mutation { addStar(input: {}) { id } }", null) + ", "
                + json("mutation { deleteRepository(input: {}) { id } }", null) + ", "
                + json("{ viewer { login } }", null) + "]";

        assertThat(post(GITHUB, batch)).isEqualTo(match("github", "delete_repo", Verb.DELETE));
    }

    @Test
    void aPersistedQueryWithoutItsDocumentIsAnUnknownWriteEvenInABatch() {
        String persisted = "{\"operationName\": \"Viewer\", \"extensions\": {\"persistedQuery\": {\"version\": 1,"
                + " \"sha256Hash\": \"ecf4edb46db40b5132295c0291d62fb65d6759a9eedfa4d5d612dd5ec54a6b38\"}}}";

        assertThat(post(GITHUB, persisted)).isEqualTo(match("github", "graphql_mutation", Verb.WRITE));
        assertThat(post(GITHUB, "[" + json("{ viewer { login } }", null) + ", " + persisted + "]"))
                .isEqualTo(match("github", "graphql_mutation", Verb.WRITE));
    }

    @Test
    void hugeDocumentsAreReadInOnePass() {
        String manyFields = "mutation { " + "addStar(input: {}) { id } ".repeat(20_000)
                + "deleteRepository(input: {}) { id } }";
        StringBuilder chain = new StringBuilder("mutation { ...F0 } ");
        for (int i = 0; i < 5_000; i++) {
            chain.append("fragment F").append(i).append(" on Mutation { ...F").append(i + 1).append(" } ");
        }
        chain.append("fragment F5000 on Mutation { deleteRepository(input: {}) { id } }");
        StringBuilder manyOperations = new StringBuilder();
        for (int i = 0; i < 3_000; i++) {
            manyOperations.append("mutation M").append(i).append(" { ...F0 } ");
        }
        manyOperations.append(chain.substring("mutation { ...F0 } ".length()));
        String deep = "mutation { addStar(input: {}) " + "{ a ".repeat(50_000) + "}".repeat(50_000) + " }";

        assertThat(github(manyFields)).isEqualTo(match("github", "delete_repo", Verb.DELETE));
        assertThat(github(chain.toString())).isEqualTo(match("github", "delete_repo", Verb.DELETE));
        assertThat(github(manyOperations.toString())).isEqualTo(match("github", "delete_repo", Verb.DELETE));
        assertThat(github(deep)).isEqualTo(match("github", "add_star", Verb.WRITE));
    }

    @ParameterizedTest(name = "{0} deletes: {1}")
    @CsvSource({
            "deleteProjectV2, true", "issueDelete, true", "delete_item, true", "removeOutsideCollaborator, true",
            "destroyNote, true", "purgeCache, true", "deletedAt, false", "undelete, false", "addStar, false",
            "delete, true", "DELETE, true", "redeploy, false", "x, false", "fileRemove, true", "removable, false",
    })
    void aFieldDeletesWhenItsFirstOrLastWordSaysSo(String field, boolean deletes) {
        assertThat(GraphqlRootFieldVerdict.deletes(field)).isEqualTo(deletes);
    }
}
