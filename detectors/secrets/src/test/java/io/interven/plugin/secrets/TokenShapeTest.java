package io.interven.plugin.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TokenShapeTest {

    @Test
    void hexNeedsLettersAndDigitsAndTheExactLength() {
        TokenShape hex32 = TokenShape.parse("hex32");

        assertThat(hex32.fits("9f3a61c0d2b84e7f95a0c31d6e2b47f8")).isTrue();
        assertThat(hex32.fits("9F3A61C0D2B84E7F95A0C31D6E2B47F8")).isTrue();
        assertThat(hex32.fits("9f3a61c0d2b84e7f95a0c31d6e2b47f")).isFalse();
        assertThat(hex32.fits("9f3a61c0d2b84e7f95a0c31d6e2b47f8a")).isFalse();
        assertThat(hex32.fits("9f3a61c0d2b84e7f95a0c31d6e2b47g8")).isFalse();
        assertThat(hex32.fits("12345678901234567890123456789012")).isFalse();
    }

    @Test
    void alnumAndTokenNeedTwoKindsOfCharacters() {
        TokenShape token = TokenShape.parse("token20-40");

        assertThat(token.fits("Qm3x_Vb7Nk2Lp9-Rt4Wc8Hy")).isTrue();
        assertThat(token.fits("authentication-service-name")).isFalse();
        assertThat(token.fits("AUTHENTICATION_SERVICE_NAME")).isFalse();
        assertThat(TokenShape.parse("alnum20").fits("Qm3xVb7Nk2Lp9Rt4Wc8H")).isTrue();
        assertThat(TokenShape.parse("alnum20").fits("Qm3x_b7Nk2Lp9Rt4Wc8H")).isFalse();
    }

    @Test
    void base64AllowsPaddingOnlyAtTheEnd() {
        TokenShape b64 = TokenShape.parse("b64_20-40");

        assertThat(b64.fits("Qm3x+Vb7Nk2L/p9Rt4Wc8Hy=")).isTrue();
        assertThat(b64.fits("Qm3x+Vb7Nk2L=p9Rt4Wc8Hy")).isFalse();
        assertThat(b64.fits("Qm3x+Vb7Nk2L/p9Rt4Wc8===")).isFalse();
    }

    @Test
    void fixedShapesAndPrefixes() {
        assertThat(TokenShape.parse("uuid").fits("0f8b2c4e-7a1d-4e2b-9c3f-5d6e7f8a9b0c")).isTrue();
        assertThat(TokenShape.parse("uuid").fits("0f8b2c4e7a1d4e2b9c3f5d6e7f8a9b0c")).isFalse();
        assertThat(TokenShape.parse("jwt").fits("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJlLXNpZ25hdHVyZQ")).isTrue();
        assertThat(TokenShape.parse("jwt").fits("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0")).isFalse();
        TokenShape prefixed = TokenShape.parse("sk_+hex32");
        assertThat(prefixed.fits("sk_9f3a61c0d2b84e7f95a0c31d6e2b47f8")).isTrue();
        assertThat(prefixed.fits("pk_9f3a61c0d2b84e7f95a0c31d6e2b47f8")).isFalse();
        assertThat(prefixed.longest()).isEqualTo(35);
    }

    @Test
    void rejectsShapesItCannotCheck() {
        assertThatThrownBy(() -> TokenShape.parse("hex8")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TokenShape.parse("words20")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TokenShape.parse("hex40-32")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TokenShape.parse("a b+hex32")).isInstanceOf(IllegalArgumentException.class);
    }
}
