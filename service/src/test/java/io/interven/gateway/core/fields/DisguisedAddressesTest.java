package io.interven.gateway.core.fields;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** E-mail addresses written with their {@code @} and dots disguised, read back; prose and plain addresses left. */
class DisguisedAddressesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "write to jane.doe [at] example [dot] com today | jane.doe@example.com",
            "jane.doe(at)example.com | jane.doe@example.com",
            "jane.doe {at} example {dot} co {dot} uk | jane.doe@example.co.uk",
            "mail jane.doe AT example DOT com please | jane.doe@example.com",
            "mail jane.doe at example dot com please | jane.doe@example.com",
            "jane.doe @ example . com | jane.doe@example.com",
            "jane[@]example[.]org | jane@example.org",
            "reach john dot smith at acme dash corp dot com now | john.smith@acme-corp.com",
            "john [dot] r [dot] smith [at] mail [dot] acme [dot] io | john.r.smith@mail.acme.io",
            "ops at big dash data dash co dot io | ops@big-data-co.io",
            "jane.doe@example[dot]com | jane.doe@example.com",
            "jane [at] corp-mail [dot] internal-example [dot] systems | jane@corp-mail.internal-example.systems",
    })
    void aDisguisedAddressIsReadBack(String text, String address) {
        assertThat(DisguisedAddresses.mayHold(text)).isTrue();
        assertThat(DisguisedAddresses.in(text)).extracting(SpelledRuns.Run::value).containsExactly(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "look at example.com for details", "meet me at home dot later", "jane.doe@example.com",
            "we met (at) the office", "at [at] at", "the cat sat at the mat dot", "x [at] y", "price: 5 at 3.50 each",
            "jane [at] example [dot] c0m", "jane at corp-mail [dot] internal-example [dot] systems",
            "a dot at the end dot", "the dash at home dash board", "one dot two at three",
    })
    void proseAndPlainAddressesAreNotRead(String text) {
        assertThat(DisguisedAddresses.in(text)).isEmpty();
    }
}
