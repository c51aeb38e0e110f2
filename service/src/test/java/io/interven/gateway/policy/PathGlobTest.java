package io.interven.gateway.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathGlobTest {

    @ParameterizedTest(name = "{0} ~ {1} = {2}")
    @CsvSource({
            "/repos/*/issues, /repos/acme/issues, true",
            "/repos/*/issues, /repos/acme/app/issues, false",
            "/repos/**, /repos/acme/app/issues/1, true",
            "/repos/**/comments, /repos/a/b/issues/3/comments, true",
            "/v1/*, /v1/, true",
            "/V1/*, /v1/x, false",
            "/files/?.txt, /files/a.txt, true",
            "/files/?.txt, /files/ab.txt, false",
            "/files/(a).txt, /files/(a).txt, true",
            "/a+b, /a+b, true",
            "/a+b, /aab, false"})
    void matches(String pattern, String path, boolean matches) {
        assertThat(PathGlob.of(pattern).matches(path)).isEqualTo(matches);
    }

    @Test
    void nullNeverMatches() {
        assertThat(PathGlob.of("**").matches(null)).isFalse();
    }

    @Test
    void theSourceIsKeptAsWritten() {
        assertThat(PathGlob.of("/Repos/*").toString()).isEqualTo("/Repos/*");
    }
}
