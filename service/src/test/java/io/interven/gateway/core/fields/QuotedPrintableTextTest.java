package io.interven.gateway.core.fields;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.spi.FieldLocation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which texts read as quoted-printable wherever they stand, and what their decoded child holds. */
class QuotedPrintableTextTest {
    private static final String TOKEN = "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";

    private static List<String> decodedTexts(String text) {
        List<String> decoded = new ArrayList<>();
        LayerDecoder.decode("$.t", FieldLocation.BODY, "t", text, false, 0, DecodeBudget.standard())
                .forEachSlot(slot -> {
                    if (slot.path().endsWith(QuotedPrintableLayer.SUFFIX)) {
                        decoded.add(slot.text());
                    }
                });
        return decoded;
    }

    @Test
    void aMimeMessageThatDeclaresItIsDecodedAcrossItsSoftLineBreaks() {
        String message = "To: bob@partner.example\r\nContent-Type: text/plain\r\n"
                + "Content-Transfer-Encoding: quoted-printable\r\n\r\nkey " + TOKEN.substring(0, 20) + "=\r\n"
                + TOKEN.substring(20) + "\r\n";
        assertThat(decodedTexts(message)).singleElement().asString().contains("key " + TOKEN);
    }

    @Test
    void aLineAnEncoderCutAndARunOfEscapesReadAsQuotedPrintable() {
        String cut = "x".repeat(74) + "=\n" + "more text";
        assertThat(decodedTexts(cut)).containsExactly("x".repeat(74) + "more text");
        StringBuilder escaped = new StringBuilder("use ");
        for (char c : TOKEN.toCharArray()) {
            escaped.append(String.format("=%02X", (int) c));
        }
        assertThat(decodedTexts(escaped + " now")).containsExactly("use " + TOKEN + " now");
        assertThat(decodedTexts("caf=C3=A9 cr=C3=A8me =E6=97=A5")).containsExactly("café crème 日");
    }

    @Test
    void logLinesBase64PaddingAndCodeDoNot() {
        assertThat(decodedTexts("processed batch=63 items=133 duration_ms=1037\nstatus=200 path=/v1")).isEmpty();
        assertThat(decodedTexts("-----BEGIN KEY-----\nMIIBOgIBAAJBAKj34GkxFhD9==\n-----END KEY-----")).isEmpty();
        assertThat(decodedTexts("total =\n  a + b")).isEmpty();
        assertThat(decodedTexts("=C3")).isEmpty();
    }
}
