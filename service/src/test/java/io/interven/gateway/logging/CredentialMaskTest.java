package io.interven.gateway.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Credentials are masked however a log line prints them; the rest of the line stays readable. */
class CredentialMaskTest {
    static final List<String> CREDENTIALS = List.of("iv_live_Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z_-0123",
            "iv_eph_Zz9yXx8wWv7uUt6sSr5qQp4oOn3mMl2", "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln",
            "Basic dXNlcjpwYXNzd29yZA==", "Bearer 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");

    /** Every credential in every way Jetty, Jersey or a client library prints a header or a value. */
    static Stream<String[]> printed() {
        List<String[]> cases = new ArrayList<>();
        for (String credential : CREDENTIALS) {
            String value = credential.contains(" ") ? credential.substring(credential.indexOf(' ') + 1) : credential;
            for (String template : List.of("Authorization: %s", "authorization=[%s]", "{Authorization=[%s], Host=[x]}",
                    "AUTHORIZATION:%s\\r\\nHost: x", "Proxy-Authorization: %s", "\"authorization\": \"%s\"",
                    "parsed header %s", "HttpField[Authorization: %s]", "GET /v1/scan?key=%s HTTP/1.1",
                    "<<<POST /v1/scan HTTP/1.1\\r\\nAuthorization: %s\\r\\n>>>", "x-api-key: %s")) {
                boolean bareValueSlot = template.startsWith("x-api-key") || template.startsWith("GET");
                if (credential.startsWith("iv_") || !bareValueSlot) {
                    cases.add(new String[] {template.formatted(credential), value});
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource("printed")
    void theCredentialNeverSurvives(String line, String value) {
        String masked = CredentialMask.mask("DEBUG o.e.j.h.HttpParser: " + line + " tail");

        assertThat(masked).doesNotContain(value).contains(CredentialMask.MASK).startsWith("DEBUG o.e.j.h.HttpParser:");
    }

    /** Jetty's debug dumps of raw buffers abbreviate: a key may be cut to a tail that nothing else identifies. */
    @Test
    void aRawBufferDumpIsMaskedWhole() {
        String line = "DEBUG o.e.j.i.SocketChannelEndPoint: filled 300 jn.DirectByteBuffer@1[p=0,l=300,c=8192,r=300]="
                + "{<<<GET /v1/traces?limit=5 HT...c1ab138212b05bcee50\\r\\n\\r\\n>>>ype: appl...\\x00} tail\n"
                + "DEBUG next line {\"a\":1}\n";

        String masked = CredentialMask.mask(line);

        assertThat(masked).doesNotContain("c1ab138212b05bcee50").doesNotContain("ype: appl")
                .contains("filled 300 jn.DirectByteBuffer@1[p=0,l=300,c=8192,r=300]={<<<***>>>} tail\n")
                .endsWith("DEBUG next line {\"a\":1}\n");
    }

    /** The keyword check that spares a clean line its patterns holds in any case and at any place of the line. */
    @ParameterizedTest
    @MethodSource("mixedCase")
    void keywordsInAnyCaseStillMask(String line, String value) {
        assertThat(CredentialMask.mask(line)).doesNotContain(value).contains(CredentialMask.MASK);
    }

    static Stream<String[]> mixedCase() {
        return Stream.of(new String[] {"aUtHoRiZaTiOn: tok3n-value", "tok3n-value"},
                new String[] {"PROXY-AUTHORIZATION=[tok3n-value]", "tok3n-value"},
                new String[] {"header BeArEr tok3n-value", "tok3n-value"},
                new String[] {"BASIC dXNlcjpwYXNzd29yZA==", "dXNlcjpwYXNzd29yZA=="},
                new String[] {"iv_live_Ab3dEf6hIj9kLm2nOp5q", "Ab3dEf6hIj9kLm2nOp5q"},
                new String[] {"x".repeat(5000) + " Bearer tok3n-value", "tok3n-value"});
    }

    @Test
    void keywordSearchFoldsCase() {
        assertThat(CredentialMask.containsIgnoringCase("xx AuThOrIzAtIoN", "authorization")).isTrue();
        assertThat(CredentialMask.containsIgnoringCase("authorizatio", "authorization")).isFalse();
        assertThat(CredentialMask.containsIgnoringCase("", "iv_")).isFalse();
        assertThat(CredentialMask.containsIgnoringCase("IV_", "iv_")).isTrue();
    }

    @Test
    void aLineWithoutCredentialsIsUnchanged() {
        String line = "INFO  io.interven: scanned POST https://api.example.org/v1/items in 3 ms (authorized)";

        assertThat(CredentialMask.mask(line)).isEqualTo(line);
    }
}
