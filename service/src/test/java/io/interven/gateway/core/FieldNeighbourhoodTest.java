package io.interven.gateway.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldNeighbourhoodTest {

    @Test
    void theContainerOfAFieldIsTheObjectQueryFormOrHeaderSetItIsIn() {
        assertThat(FieldNeighbourhood.containerOf("$.credentials.secret", "secret")).isEqualTo("$.credentials");
        assertThat(FieldNeighbourhood.containerOf("$.credentials.ids[1]", "ids")).isEqualTo("$.credentials");
        assertThat(FieldNeighbourhood.containerOf("$.credentials.id|key", "id")).isEqualTo("$.credentials");
        assertThat(FieldNeighbourhood.containerOf("$['odd key']", "odd key")).isEqualTo("$");
        assertThat(FieldNeighbourhood.containerOf("$['a.b|c']['x.y']", "x.y")).isEqualTo("$['a.b|c']");
        assertThat(FieldNeighbourhood.containerOf("$.payload|json.token", "token")).isEqualTo("$.payload|json");
        assertThat(FieldNeighbourhood.containerOf("$|form.secret", "secret")).isEqualTo("$|form");
        assertThat(FieldNeighbourhood.containerOf("query.id", "id")).isEqualTo("query");
        assertThat(FieldNeighbourhood.containerOf("query.id[1]", "id")).isEqualTo("query");
        assertThat(FieldNeighbourhood.containerOf("headers.X-Key-Id", "X-Key-Id")).isEqualTo("headers");
        assertThat(FieldNeighbourhood.containerOf("$[3]", null)).isEqualTo("$");
    }

    @Test
    void theValuesOfAListOfPairsAreSiblingsOfTheObjectHoldingTheList() {
        assertThat(FieldNeighbourhood.containerOf("$.embeds[0].fields[1].value", "Aws Secret Access Key"))
                .isEqualTo("$.embeds[0]");
        assertThat(FieldNeighbourhood.containerOf("$.Tags[0].Value", "Owner")).isEqualTo("$");
        assertThat(FieldNeighbourhood.containerOf("$[2].value", "DB_PASSWORD")).isEqualTo("$");
        assertThat(FieldNeighbourhood.containerOf("$.p|json[0].value", "x")).isEqualTo("$.p|json");
        assertThat(FieldNeighbourhood.containerOf("$.tag.Value", "Owner")).isEqualTo("$.tag");
        assertThat(FieldNeighbourhood.containerOf("$.embeds[0].fields[1].value", "value"))
                .isEqualTo("$.embeds[0].fields[1]");
    }

    @Test
    void thePartsOfAMultipartFormAreSiblings() {
        assertThat(FieldNeighbourhood.containerOf("$|multipart[0].body", "key_id")).isEqualTo("$|multipart");
        assertThat(FieldNeighbourhood.containerOf("$|multipart[12].body", null)).isEqualTo("$|multipart");
        assertThat(FieldNeighbourhood.containerOf("$.a|multipart[1].headers", null)).isEqualTo("$.a|multipart");
        assertThat(FieldNeighbourhood.containerOf("$.x[1].body", "body")).isEqualTo("$.x[1]");
        assertThat(FieldNeighbourhood.containerOf("$.multipart[1].body", "body")).isEqualTo("$.multipart[1]");
        assertThat(FieldNeighbourhood.containerOf("$|multipart[].body", null)).isEqualTo("$|multipart[]");
    }

    @Test
    void theCellsOfATableAreSiblings() {
        assertThat(FieldNeighbourhood.containerOf("$.rows|csv[1][2]", "secret")).isEqualTo("$.rows");
    }

    @Test
    void pathsItCannotReadAreTheirOwnContainer() {
        assertThat(FieldNeighbourhood.containerOf("url", null)).isEqualTo("url");
        assertThat(FieldNeighbourhood.containerOf("$", null)).isEqualTo("$");
        assertThat(FieldNeighbourhood.containerOf("headers.Authorization|basic", "Authorization"))
                .isEqualTo("headers.Authorization");
        assertThat(FieldNeighbourhood.containerOf("]]]", "x")).isEqualTo("]]]");
        assertThat(FieldNeighbourhood.containerOf("", null)).isEmpty();
    }
}
