package io.interven.gateway.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.interven.gateway.errors.ApiException;
import io.interven.gateway.errors.ErrorCode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A proxied body declared JSON is read as the UTF-8 it must be: JSON in UTF-16 or UTF-32 (whose bytes are valid UTF-8,
 * NULs and all) is refused rather than read in the encoding Jackson would guess from its first bytes.
 */
class CallBodyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CALL = "{\"text\":\"deploy with 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\"}";

    static Stream<Charset> wideEncodings() {
        return Stream.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, Charset.forName("UTF-32LE"),
                Charset.forName("UTF-32BE"));
    }

    @ParameterizedTest
    @MethodSource("wideEncodings")
    void jsonInAWideEncodingIsRefusedNotReadAsAnotherText(Charset encoding) {
        byte[] raw = CALL.getBytes(encoding);

        assertThatThrownBy(() -> CallBody.of(raw, "application/json", JSON))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.UNSUPPORTED_MEDIA_TYPE));
    }

    @Test
    void utf8JsonIsReadWithOrWithoutAByteOrderMark() {
        byte[] plain = CALL.getBytes(StandardCharsets.UTF_8);
        byte[] marked = ("\uFEFF" + CALL).getBytes(StandardCharsets.UTF_8);

        assertThat(CallBody.of(plain, "application/json", JSON).scanned().path("text").asText()).startsWith("deploy");
        assertThat(CallBody.of(marked, "application/json; charset=utf-8", JSON).scanned().path("text").asText())
                .startsWith("deploy");
        assertThat(CallBody.of(marked, "application/json", JSON).raw()).isEqualTo(marked);
    }
}
