package io.interven.gateway.resources;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which requests the direct scan path may answer itself: a negotiation with one plain outcome (JSON out, the body
 * read as it is) and a Bearer key read as Jersey's authentication reads it; anything else is left to Jersey.
 */
class DirectScanNegotiationTest {

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"*/*", "application/json", "APPLICATION/JSON", "application/*", "text/html, */*",
            " application/json , text/plain "})
    void answersWhatAcceptsJsonPlainly(String accept) {
        assertThat(DirectScanNegotiation.acceptsJson(accept)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "text/plain", "application/json;q=0", "application/json; q=1", "*/*;q=0.5",
            "application/json,", "application/xml, text/*", "application/json, garbage", "application/*+json",
            "application/json\u0000", "application/jsonx"})
    void leavesEveryOtherAcceptToJersey(String accept) {
        assertThat(DirectScanNegotiation.acceptsJson(accept)).isFalse();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"application/json", "Application/JSON", "application/json; charset=utf-8",
            "application/json;charset=\"UTF-8\"", " application/json "})
    void readsJsonBodies(String contentType) {
        assertThat(DirectScanNegotiation.sendsJson(contentType)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
            "application/json; charset=latin1", "application/json; boundary=x", "application/jsonp",
            "application/json, text/plain"})
    void leavesEveryOtherBodyTypeToJersey(String contentType) {
        assertThat(DirectScanNegotiation.sendsJson(contentType)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer iv_live_abc", "bearer iv_live_abc", "BEARER iv_live_abc"})
    void readsTheKeyAfterTheBearerScheme(String authorization) {
        assertThat(DirectScanFilter.bearerKey(authorization)).isEqualTo("iv_live_abc");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "Bearer", " Bearer iv_live_abc", "Basic iv_live_abc", "Bearerx iv_live_abc",
            "Bearer\tiv_live_abc"})
    void readsNoKeyFromAnythingElse(String authorization) {
        assertThat(DirectScanFilter.bearerKey(authorization)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer  iv_live_abc", "Bearer iv_live_abc "})
    void keepsWhatFollowsTheFirstSpaceAsJerseyDoes(String authorization) {
        assertThat(DirectScanFilter.bearerKey(authorization)).isEqualTo(authorization.substring(7));
    }
}
