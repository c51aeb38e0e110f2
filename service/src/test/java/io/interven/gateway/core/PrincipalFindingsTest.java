package io.interven.gateway.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.spi.FieldLocation;
import io.interven.spi.Finding;
import io.interven.spi.Principal;
import io.interven.spi.PrincipalKinds;
import io.interven.spi.ScanField;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrincipalFindingsTest {
    private static final String TO = "$.personalizations[0].to[0].email";

    private static ScanField field(String path, String text) {
        return new ScanField(path, FieldLocation.BODY, null, text);
    }

    private static Finding found(ScanField field, String value, String type) {
        int start = field.text().indexOf(value);
        return field.finding(type, "PII", start, start + value.length(), 0.9, "test");
    }

    @Test
    void onlyTheValueThatIsThePrincipalIsKept() {
        ScanField to = field(TO, "Ana@Gmail.com");
        ScanField name = field("$.personalizations[0].to[0].name", "Ana 4111111111111111");
        ScanField text = field("$.content[0].value", "write to ana@gmail.com");
        Finding recipient = found(to, "Ana@Gmail.com", "EMAIL_ADDRESS");
        Finding card = found(name, "4111111111111111", "CREDIT_CARD");
        Finding inText = found(text, "ana@gmail.com", "EMAIL_ADDRESS");

        PrincipalFindings split = PrincipalFindings.split(List.of(recipient, card, inText),
                List.of(new Principal(PrincipalKinds.EMAIL, "ana@gmail.com", TO)), List.of(to, name, text));

        assertThat(split.principals()).containsExactly(recipient);
        assertThat(split.content()).containsExactly(card, inText);
    }

    @Test
    void aPartOfThePrincipalFieldThatIsNotThePrincipalIsContent() {
        ScanField to = field(TO, "4111111111111111@gmail.com");
        Finding card = found(to, "4111111111111111", "CREDIT_CARD");
        Finding address = found(to, "4111111111111111@gmail.com", "EMAIL_ADDRESS");

        PrincipalFindings split = PrincipalFindings.split(List.of(card, address),
                List.of(new Principal(PrincipalKinds.EMAIL, "4111111111111111@gmail.com", TO)), List.of(to));

        assertThat(split.principals()).containsExactly(address);
        assertThat(split.content()).containsExactly(card);
    }

    @Test
    void aDecodedLayerOfThePrincipalFieldCountsButASiblingWithTheSamePrefixDoesNot() {
        ScanField decoded = field("$.raw|base64", "To: ana@gmail.com\r\n\r\nSSN 536-22-8741");
        ScanField sibling = field("$.rawer", "ana@gmail.com");
        Finding recipient = found(decoded, "ana@gmail.com", "EMAIL_ADDRESS");
        Finding ssn = found(decoded, "536-22-8741", "US_SSN");
        Finding other = found(sibling, "ana@gmail.com", "EMAIL_ADDRESS");

        PrincipalFindings split = PrincipalFindings.split(List.of(recipient, ssn, other),
                List.of(new Principal(PrincipalKinds.EMAIL, "ana@gmail.com", "$.raw")), List.of(decoded, sibling));

        assertThat(split.principals()).containsExactly(recipient);
        assertThat(split.content()).containsExactly(ssn, other);
    }

    @Test
    void telephoneNumbersCompareByTheirDigitsAndUrlPrincipalsKeepNothing() {
        ScanField to = field("$|form.To", "+1 555-010-0199");
        Finding number = found(to, "+1 555-010-0199", "PHONE_NUMBER");

        assertThat(PrincipalFindings.split(List.of(number),
                List.of(new Principal(PrincipalKinds.PHONE, "+15550100199", "$|form.To")), List.of(to)).principals())
                .containsExactly(number);
        assertThat(PrincipalFindings.split(List.of(number),
                List.of(Principal.of(PrincipalKinds.GITHUB_ORG, "+1 555-010-0199")), List.of(to)).principals())
                .isEmpty();
    }
}
