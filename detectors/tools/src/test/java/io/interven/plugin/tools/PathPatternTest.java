package io.interven.plugin.tools;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathPatternTest {

    @ParameterizedTest(name = "{0} ~ {1} = {2}")
    @CsvSource({
            "/repos/{o}/{r}/issues, /repos/acme/web/issues, true",
            "/repos/{o}/{r}/issues, /repos/acme/issues, false",
            "/repos/{o}/{r}/issues, /repos/acme//issues, false",
            "/services/**, /services/T1/B2/secret, true",
            "/services/**, /services/, false",
            "(/upload)?/gmail/v1/x, /upload/gmail/v1/x, true",
            "(/upload)?/gmail/v1/x, /gmail/v1/x, true",
            "/api/v2/tickets(.json)?, /api/v2/tickets.json, true",
            "/api/v2/tickets(.json)?, /api/v2/ticketsXjson, false",
            "/api/chat.postMessage, /api/chatXpostMessage, false",
    })
    void matchesWholePaths(String template, String path, boolean expected) {
        assertThat(PathPattern.parse(template).matches(path)).isEqualTo(expected);
    }
}
