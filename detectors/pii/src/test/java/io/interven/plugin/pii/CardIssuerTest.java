package io.interven.plugin.pii;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CardIssuerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "4111111111111111, VISA", "5105105105105100, MASTERCARD", "2720990000000000, MASTERCARD",
            "371449635398431, AMERICAN_EXPRESS", "6445000000000000, DISCOVER", "3589000000000000, JCB",
            "30000000000004, DINERS_CLUB", "3800000000000000, DINERS_CLUB", "6200000000000005, UNIONPAY",
            "5600000000000000, MAESTRO", "501800000000, MAESTRO", "6759000000000000000, MAESTRO",
            "2200000000000000, MIR", "180000000000000, JCB_LEGACY", "213100000000000, JCB_LEGACY",
            "8100000000000000, RUPAY", "5080000000000000, RUPAY", "3590000000000000, JCB_BLOCK"})
    void namesTheNetwork(String digits, CardIssuer issuer) {
        assertThat(CardIssuer.of(digits)).contains(issuer);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"4111111111111111, false", "501800000000, true", "5018000000000000, false", "3590000000000000, true",
            "3530000000000000, false"})
    void asksForACardWordWhereNumbersAreAmbiguous(String digits, boolean needsContext) {
        assertThat(CardIssuer.of(digits).orElseThrow().needsContext(digits)).isEqualTo(needsContext);
    }

    @ParameterizedTest
    @CsvSource({"2721000000000000", "2220000000000000", "7000000000000000", "3400000000000000", "1111111111111111",
            "411111111111", "5100000000000", "56000000000", "2205000000000000", "1800000000000000"})
    void knowsNoNetworkOutsideTheRanges(String digits) {
        assertThat(CardIssuer.of(digits)).isEmpty();
    }
}
