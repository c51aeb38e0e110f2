package io.interven.gateway.core.fields;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Paths of members and elements, and the arrays and objects they stand in. */
class JsonPathsTest {
    @Test
    void childrenAndTheirParents() {
        assertThat(JsonPaths.child("$", "user")).isEqualTo("$.user");
        assertThat(JsonPaths.child("$", "a b")).isEqualTo("$['a b']");
        assertThat(JsonPaths.parentOf("$.user.email", "email")).isEqualTo("$.user");
        assertThat(JsonPaths.parentOf("$['a b']", "a b")).isEqualTo("$");
    }

    @Test
    void theArrayOfAnElement() {
        assertThat(JsonPaths.arrayOf("$.parts[2]")).isEqualTo("$.parts");
        assertThat(JsonPaths.arrayOf("$.rows[3][10]")).isEqualTo("$.rows[3]");
        assertThat(JsonPaths.arrayOf("$.parts")).isNull();
        assertThat(JsonPaths.arrayOf("$.a[]")).isNull();
        assertThat(JsonPaths.arrayOf("$.a[x]")).isNull();
        assertThat(JsonPaths.arrayOf("[2]")).isNull();
    }

    @Test
    void aPathWithoutItsTrailingIndexes() {
        assertThat(JsonPaths.withoutIndexes("$.rows[3][1]")).isEqualTo("$.rows");
        assertThat(JsonPaths.withoutIndexes("$.rows[3].cells[1]")).isEqualTo("$.rows[3].cells");
        assertThat(JsonPaths.withoutIndexes("$.rows")).isEqualTo("$.rows");
        assertThat(JsonPaths.withoutIndexes("$.a[x][2]")).isEqualTo("$.a[x]");
    }
}
