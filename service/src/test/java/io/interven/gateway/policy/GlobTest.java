package io.interven.gateway.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlobTest {

    @ParameterizedTest(name = "{0} {1} ~ {2} = {3}")
    @CsvSource({
            "host, *.example.com, api.example.com, true",
            "host, *.example.com, example.com, false",
            "host, *.example.com, a.b.example.com, false",
            "host, **.example.com, a.b.example.com, true",
            "host, **.example.com, example.com, false",
            "host, *.EXAMPLE.com, Api.Example.COM, true",
            "host, api?.example.com, api2.example.com, true",
            "host, api?.example.com, api22.example.com, false",
            "host, api.example.com, apixexample.com, false",
            "host, a+b.example.com, a+b.example.com, true",
            "host, a+b.example.com, aab.example.com, false",
            "host, *, localhost, true",
            "host, *, a.b, false",
            "path, /repos/*/issues, /repos/acme/issues, true",
            "path, /repos/*/issues, /repos/acme/app/issues, false",
            "path, /repos/**, /repos/acme/app/issues/1, true",
            "path, /repos/**/comments, /repos/a/b/issues/3/comments, true",
            "path, /v1/*, /v1/, true",
            "path, /V1/*, /v1/x, false",
            "path, /files/?.txt, /files/a.txt, true",
            "path, /files/?.txt, /files/ab.txt, false",
            "path, /files/(a).txt, /files/(a).txt, true"})
    void matches(String kind, String pattern, String value, boolean matches) {
        Glob glob = kind.equals("host") ? Glob.host(pattern) : Glob.path(pattern);

        assertThat(glob.matches(value)).isEqualTo(matches);
    }

    @Test
    void nullNeverMatches() {
        assertThat(Glob.host("**").matches(null)).isFalse();
        assertThat(Glob.path("**").matches(null)).isFalse();
    }

    @Test
    void theSourceIsKeptHostsInLowerCase() {
        assertThat(Glob.host("*.Example.COM").source()).isEqualTo("*.example.com");
        assertThat(Glob.path("/Repos/*").toString()).isEqualTo("/Repos/*");
    }
}
