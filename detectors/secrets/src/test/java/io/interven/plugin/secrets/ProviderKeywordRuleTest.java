package io.interven.plugin.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interven.spi.FieldLocation;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProviderKeywordRuleTest {
    private static final String HEX40 = "4f9c2a7e1b3d6058a9e2c4f7b1d3e5a6c8092b4d";
    private static final String TSV = String.join("\n",
            "zenrows\tzenrows\thex40\t-\tzenrows.com\t" + HEX40 + "\tZENROWS_API_KEY={}\tZENROWS_ID={}",
            "box\tbox\ttoken20-40\t-\tbox.com\tQm3x_Vb7Nk2Lp9-Rt4Wc8Hy\tBOX_TOKEN={}\tdatabox_token={}",
            "mailboxlayer\tmailboxlayer\ttoken20-40\t-\tmailboxlayer.com\tQm3x_Vb7Nk2Lp9-Rt4Wc8Hy\tmailboxlayer_key={}"
                    + "\tmailboxlayer_url={}",
            "wizsecret\twiz_client_secret\ttoken20-40\t-\twiz.io\tQm3x_Vb7Nk2Lp9-Rt4Wc8Hy\tWIZ_CLIENT_SECRET={}"
                    + "\tWIZ_CLIENT_SECRET_ID={}");
    private static final List<ProviderEntry> ENTRIES = ProviderFileParser.parse("test.tsv", TSV);
    private static final SecretsDetector DETECTOR = new SecretsDetector(List.of(), ENTRIES);

    private static List<String> found(String key, String text) {
        List<Finding> findings = DETECTOR.detect(new ScanField("note", FieldLocation.BODY, key, text));
        return findings.stream().filter(f -> f.ruleId().endsWith("-key-by-name")).map(f -> f.entityType() + "=" + text.substring(f.start(), f.end())).toList();
    }

    private static List<String> found(String text) {
        return found("note", text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ZENROWS_API_KEY=%s",
            "export ZENROWS_API_KEY=\"%s\"",
            "{\"zenrows_api_key\": \"%s\"}",
            "zenrows_token: '%s'",
            "zenrowsApiKey = '%s';",
            "zenrows SECRET key %s",
            "zenrows access token is %s.",
            "ZENROWSAPIKEY=%s",
            "corp_zenrows_secret := %s",
            "--zenrows-token %s",
            "my_zenrows_key => \"%s\"",
            "url=https://example.org/?zenrows_key=%s&x=1",
            "{\\\"zenrows_key\\\": \\\"%s\\\"}",
            "zenrows API_KEY %s",
            "zenrowsKEY \"%s\"",
    })
    void findsAProvidersTokenAssignedToANameThatHoldsItsName(String template) {
        String text = template.formatted(HEX40);

        assertThat(found(text)).contains("ZENROWS_API_KEY=" + HEX40);
    }

    @Test
    void reportsTheProvidersIssuerAndRuleId() {
        String text = "ZENROWS_API_KEY=" + HEX40;

        Finding finding = DETECTOR.detect(new ScanField("note", FieldLocation.BODY, "note", text)).get(0);

        assertThat(finding.issuerDomains()).containsExactly("zenrows.com");
        assertThat(finding.ruleId()).isEqualTo("zenrows-key-by-name");
        assertThat(finding.confidence()).isEqualTo(ProviderEntry.CONFIDENCE);
    }

    @Test
    void findsAValueFiledUnderTheProvidersNameAsItsKey() {
        assertThat(found("zenrows_api_key", HEX40)).containsExactly("ZENROWS_API_KEY=" + HEX40);
        assertThat(DETECTOR.detect(new ScanField("h", FieldLocation.HEADER, "X-Zenrows-Token", HEX40)))
                .extracting(Finding::entityType).containsExactly("ZENROWS_API_KEY");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "zenrows %s",
            "We moved off zenrows last year; commit %s removed it.",
            "zenrows: %s",
            "ZENROWS_CLIENT_ID=%s",
            "zenrows_key_id=%s",
            "zenrows_api_url=%s",
            "NEXT_PUBLIC_ZENROWS_KEY=%s",
            "xzenrows_key=%s",
            "zenrowsing_key=%s",
            "ZENROWS_API_KEY=%sa",
            "ZENROWS_API_KEY=%s-suffix",
            "ZENROWS_API_KEY::%s",
    })
    void aProvidersNameAloneOrANameThatDescribesSomethingElseFindsNothing(String template) {
        assertThat(found(template.formatted(HEX40))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ZENROWS_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "ZENROWS_API_KEY=1234567890abcdef1234567890abcdef12345678",
            "ZENROWS_API_KEY=0000000000000000000000000000000000000000",
            "ZENROWS_API_KEY=${ZENROWS_API_KEY}",
            "ZENROWS_API_KEY=<your-zenrows-key>",
            "ZENROWS_API_KEY=0f8b2c4e-7a1d-4e2b-9c3f-5d6e7f8a9b0c",
            "the zenrows api key is documented at https://docs.zenrows.com/api-key-management",
            "zenrows secret key rotation happens every ninety days",
    })
    void placeholdersAndOtherShapesAreNotTokens(String text) {
        assertThat(found(text)).isEmpty();
    }

    @Test
    void aProvidersNameInsideAnotherWordIsNotThatProvider() {
        assertThat(found("databox_token=Qm3x_Vb7Nk2Lp9-Rt4Wc8Hy")).isEmpty();
        assertThat(found("mailboxlayer_key=Qm3x_Vb7Nk2Lp9-Rt4Wc8Hy"))
                .containsExactly("MAILBOXLAYER_API_KEY=Qm3x_Vb7Nk2Lp9-Rt4Wc8Hy");
        assertThat(found("boxSecret: Qm3x_Vb7Nk2Lp9-Rt4Wc8Hy")).containsExactly("BOX_API_KEY=Qm3x_Vb7Nk2Lp9-Rt4Wc8Hy");
    }

    @Test
    void aKeywordThatNamesTheSecretNeedsNoFurtherWord() {
        assertThat(found("WIZ_CLIENT_SECRET=Qm3x_Vb7Nk2Lp9-Rt4Wc8Hy"))
                .containsExactly("WIZSECRET_API_KEY=Qm3x_Vb7Nk2Lp9-Rt4Wc8Hy");
        assertThat(found("WIZ_CLIENT_SECRET_ID=Qm3x_Vb7Nk2Lp9-Rt4Wc8Hy")).isEmpty();
    }

    @Test
    void anOversizedValueIsNotATokenOfTheShape() {
        String text = "ZENROWS_API_KEY=" + "4f9c2a7e1b3d".repeat(20_000);

        assertThat(found(text)).isEmpty();
    }

    @Test
    void aBadLineFailsNamingTheProvider() {
        assertThatThrownBy(() -> ProviderFileParser.parse("p.tsv", "acme\tacme\thex99x\t-\tacme.com\tx\ta{}\tb"))
                .isInstanceOf(SecretRuleException.class).hasMessageContaining("p.tsv:1 rule 'acme'");
        assertThatThrownBy(() -> ProviderFileParser.parse("p.tsv", "acme\tacme\thex40"))
                .isInstanceOf(SecretRuleException.class).hasMessageContaining("columns");
        assertThatThrownBy(() -> ProviderFileParser.parse("p.tsv", TSV + "\n" + TSV.split("\n")[0]))
                .isInstanceOf(SecretRuleException.class).hasMessageContaining("id already used");
        assertThatThrownBy(() -> ProviderFileParser.parse("p.tsv",
                "acme\tacme\thex40\t-\tacme\t" + HEX40 + "\tACME_KEY={}\tACME_ID={}"))
                .isInstanceOf(SecretRuleException.class).hasMessageContaining("not a domain");
    }

    @Test
    void twoProvidersCannotShareAKeyword() {
        List<ProviderEntry> twice = ProviderFileParser.parse("p.tsv", TSV.split("\n")[0] + "\n"
                + TSV.split("\n")[0].replaceFirst("^zenrows", "zenrows2"));

        assertThatThrownBy(() -> new ProviderKeywordRule(twice)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("keyword 'zenrows'");
    }

    @Test
    void anEntryThatGetsItsOwnExampleWrongIsReported() {
        List<ProviderEntry> wrong = ProviderFileParser.parse("p.tsv",
                "zenrows\tzenrows\thex40\t-\tzenrows.com\t" + HEX40 + "\tzenrows {}\tZENROWS_KEY={}");
        ProviderKeywordRule rule = new ProviderKeywordRule(wrong);

        assertThat(BuiltInProviders.failures(new KeywordGatedRules(List.of(rule)), wrong.get(0)))
                .containsExactly("match example not found: zenrows " + HEX40, "no_match example matched: ZENROWS_KEY="
                        + HEX40);
    }
}
