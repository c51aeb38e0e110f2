package io.interven.plugin.pii;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UsSsnRecognizerTest {
    private final RecognizerProbe probe = new RecognizerProbe(new UsSsnRecognizer(), "US_SSN");

    @ParameterizedTest
    @ValueSource(strings = {"586-89-0268", "586 89 0268", "800-37-4377", "669-22-5721", "061-40-0391", "586.89.0268"})
    void findsWrittenNumbersWithOrWithoutContext(String ssn) {
        probe.findsIn(ssn, "%s", "applicant SSN: %s, thanks", "social security number %s on the W-9",
                "{\"socialSecurityNumber\": \"%s\"}");
    }

    @Test
    void needsContextForNineBareDigits() {
        assertThat(probe.found("$.customer.ssn", "ssn", "304193759")).containsExactly("304193759");
        assertThat(probe.found("$|form['metadata[ssn]']", "metadata[ssn]", "074053442")).containsExactly("074053442");
        assertThat(probe.found("$.social_security_number", "social_security_number", "530010418"))
                .containsExactly("530010418");
        assertThat(probe.found("SSN 530010418")).containsExactly("530010418");
        assertThat(probe.found("530010418")).isEmpty();
        assertThat(probe.found("order 530010418 shipped")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"SSN:%s", "ssn#%s", "Social:%s on file", "{ssn:%s}", "社会安全号码%s"})
    void findsTheDashedFormRightAfterAWordsColonOrHash(String template) {
        assertThat(probe.found(template.formatted("586-89-0268"))).containsExactly("586-89-0268");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "000-12-3456", "666-12-3456", "900-12-3456", "987-65-4321", // areas never issued
            "123-00-4567", "123-45-0000", // empty group or serial
            "078-05-1120", "219-09-9999", "123-45-6789", "111-11-1111", // published or repeated
            "ssn 586-89-02681", "ssn 1586-89-0268", "586-89-0268-1", "x586-89-0268", "v586-89-0268", // longer tokens
            "586-89-0268abc", "0.586-89-0268", "+1 586 89 0268", "586 89 0268 77", "2024-05-06", "12:586-89-0268",
            "ssn:586 89 0268", "ssn:586890268", "1a:586-89-0268x",
            "f0a7157a-edab-4d5d-a4a6-9fd50a652b4f", "phone 206-513-2716", "586-890-268",
            // dotted: a longer dotted number, an address, mixed separators
            "1.586.89.0268", "586.89.0268.1", "586.89.02681", "10.586.89.0268", "586.89-0268", "586-89.0268",
    })
    void ignoresLookalikes(String text) {
        assertThat(probe.found(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"586890268, true", "000890268, false", "666890268, false", "899890268, true", "900890268, false",
            "586000268, false", "586890000, false", "58689026, false", "58689026a, false"})
    void appliesTheIssuingRules(String digits, boolean issuable) {
        assertThat(UsSsnRules.isIssuable(digits)).isEqualTo(issuable);
    }
}
