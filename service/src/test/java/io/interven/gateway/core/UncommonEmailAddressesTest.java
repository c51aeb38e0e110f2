package io.interven.gateway.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.testing.BuiltinPipeline;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * E-mail addresses in other scripts, with a quoted local part or with an address literal are found through the whole
 * pipeline, the finding over the whole address.
 */
class UncommonEmailAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"jürgen.müller@bücher.de", "用户@例子.广告", "почта@пример.рф", "\"john doe\"@example.com",
            "ops@[192.168.1.10]", "ops@[IPv6:2001:db8::1]"})
    void anUncommonAddressIsFoundWhole(String address) {
        String text = "write to " + address + " today";
        ScanOutcome outcome = BuiltinPipeline.get().scan(CallInputs.noteWithText(text));

        assertThat(outcome.findings()).anySatisfy(f -> {
            assertThat(f.entityType()).isEqualTo("EMAIL_ADDRESS");
            assertThat(text.substring(f.start(), f.end())).isEqualTo(address);
        });
    }
}
