package io.interven.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Host and path as the server understands them, however the agent spells the URL. */
class OutboundCallTest {

    @ParameterizedTest
    @CsvSource({
        "https://api.example.com/admin/users, /admin/users",
        "https://api.example.com/%61dmin/users, /admin/users",
        "https://api.example.com/./admin/users, /admin/users",
        "https://api.example.com/api/../admin/users, /admin/users",
        "https://api.example.com/api/%2e%2e/admin/users, /admin/users",
        "https://api.example.com/a/b/.., /a/",
        "https://api.example.com/files/a%2Fb, /files/a%2Fb",
        "https://api.example.com/files/a%2fb, /files/a%2Fb",
        "https://api.example.com, /",
        "https://api.example.com/../../etc, /etc",
    })
    void pathsAreNormalized(String url, String path) {
        assertThat(OutboundCall.of("GET", url, Map.of()).path()).isEqualTo(path);
    }

    @ParameterizedTest
    @CsvSource({
        "https://Collector.Example./x, collector.example",
        "https://API.GITHUB.COM/repos, api.github.com",
        "https://api.github.com:443/repos, api.github.com",
    })
    void hostsAreLowerCaseWithoutTrailingDot(String url, String host) {
        assertThat(OutboundCall.of("GET", url, Map.of()).host()).isEqualTo(host);
    }
}
