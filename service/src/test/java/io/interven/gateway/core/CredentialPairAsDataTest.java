package io.interven.gateway.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.spi.DataClasses;
import io.interven.spi.Detector;
import io.interven.spi.FieldLocation;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Another provider's pair is one record: an account id found by a detector, a 32-hex token beside it. */
class CredentialPairAsDataTest {
    static final CredentialPair ACCOUNT_TOKEN = new CredentialPair("EXAMPLE_ACCOUNT_SID", "EXAMPLE_AUTH_TOKEN",
            "example-auth-token-beside-sid", new SecretShape(32, "0123456789abcdef", 3.0, false),
            Set.of("api.example-voice.com"), 0.85);
    static final String SID = "AC0123456789abcdef0123456789abcdef";
    static final String TOKEN = "9f86d081884c7d659a2feaa0c55ad015";

    final Detector sids = FakePlugins.detector("sids", field -> {
        int at = field.text().indexOf(SID);
        return at < 0 ? List.of() : List.of(field.credentialFinding("EXAMPLE_ACCOUNT_SID", at, at + SID.length(), 0.9,
                "sid", Set.of("api.example-voice.com")));
    });

    @Test
    void aPairGivenAsDataIsCompletedFromASibling() {
        List<ScanField> fields = List.of(
                new ScanField("$.account", FieldLocation.BODY, "account", SID),
                new ScanField("$.auth", FieldLocation.BODY, "auth", " " + TOKEN + " "),
                new ScanField("$.other.auth", FieldLocation.BODY, "auth", TOKEN));

        List<Finding> found = new DetectorRunner(List.of(sids), List.of(ACCOUNT_TOKEN)).detect(fields);

        assertThat(found).extracting(Finding::entityType).containsExactly("EXAMPLE_ACCOUNT_SID", "EXAMPLE_AUTH_TOKEN");
        assertThat(found.get(1)).satisfies(f -> {
            assertThat(f.path()).isEqualTo("$.auth");
            assertThat(f.start()).isEqualTo(1);
            assertThat(f.end()).isEqualTo(33);
            assertThat(f.dataClass()).isEqualTo(DataClasses.SECRETS);
            assertThat(f.issuerDomains()).containsExactly("api.example-voice.com");
            assertThat(f.ruleId()).isEqualTo("example-auth-token-beside-sid");
        });
    }

    @Test
    void withoutTheFoundHalfNothingIsAdded() {
        List<ScanField> fields = List.of(new ScanField("$.auth", FieldLocation.BODY, "auth", TOKEN));

        assertThat(new DetectorRunner(List.of(sids), List.of(ACCOUNT_TOKEN)).detect(fields)).isEmpty();
    }
}
