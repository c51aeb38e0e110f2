package io.interven.plugin.pii;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.spi.FieldLocation;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailRecognizerTest {
    private final EmailRecognizer recognizer = new EmailRecognizer();

    private List<String> found(String text) {
        List<Finding> findings = recognizer.recognize(new ScanField("$.text", FieldLocation.BODY, "text", text));
        findings.forEach(f -> {
            assertThat(f.entityType()).isEqualTo("EMAIL_ADDRESS");
            assertThat(f.dataClass()).isEqualTo("PII");
        });
        return findings.stream().map(f -> text.substring(f.start(), f.end())).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "jane.doe@example.com", "lukas+shop@acme-corp.io", "kwame.alvarez@yahoo.co.uk", "o_iyer@outlook.com",
            "x@mail.proton.me", "JANE@EXAMPLE.ORG", "first-last@sub.domain.example.museum"})
    void findsAddresses(String address) {
        assertThat(found("Please reply to " + address + ", thanks")).containsExactly(address);
        assertThat(found("<" + address + ">")).containsExactly(address);
        assertThat(found("email=" + address + "&x=1")).containsExactly(address);
        assertThat(found("\"" + address + "\"")).containsExactly(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "user@localhost",
            "a@b",
            "npm install lodash@4.17.21",
            "pip install requests==2.32.0 && npx create-app@latest",
            "\"@types/node@18.19.3\"",
            "<img src=\"logo@2x.png\">",
            "git clone git@github.com:acme/web.git",
            "postgres://svc_orders:pJCrVA0lqw4Rb@orders-db.c9x1ab2cd.us-east-1.rds.amazonaws.com:5432/orders",
            "https://admin:c4BU7FcOut397haTr0y0U@jenkins.wayne-enterprises.co.uk/job/deploy",
            "https://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@github.com/acme/docs.git",
            "image: registry/auth@sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
            "user@host.c0m",
            "twitter handle @jane_doe and @acme.corp",
            "a..b@example.com",
    })
    void ignoresThingsThatAreNotMailboxes(String text) {
        assertThat(found(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mailto:ann@corp.example.org", "contact: ann@corp.example.org.",
            "leaked combo ann@corp.example.org:Xy7!pass"})
    void findsTheAddressNextToPunctuation(String text) {
        assertThat(found(text)).containsExactly("ann@corp.example.org");
    }
}
