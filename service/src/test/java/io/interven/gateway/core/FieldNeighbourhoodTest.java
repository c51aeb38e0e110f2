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
    void pathsItCannotReadAreTheirOwnContainer() {
        assertThat(FieldNeighbourhood.containerOf("url", null)).isEqualTo("url");
        assertThat(FieldNeighbourhood.containerOf("$", null)).isEqualTo("$");
        assertThat(FieldNeighbourhood.containerOf("headers.Authorization|basic", "Authorization"))
                .isEqualTo("headers.Authorization");
        assertThat(FieldNeighbourhood.containerOf("]]]", "x")).isEqualTo("]]]");
        assertThat(FieldNeighbourhood.containerOf("", null)).isEmpty();
    }
}
