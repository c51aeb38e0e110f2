package io.interven.gateway.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.core.fields.UrlPathSegments;
import io.interven.gateway.policy.Decision;
import io.interven.gateway.testing.BuiltinPipeline;
import io.interven.spi.AgentRef;
import io.interven.spi.Finding;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Personal data written as a segment of a URL's path (REST paths carry identifiers: {@code /users/{phone}},
 * {@code /ssn/{ssn}}) is read on its own, as a query value is, through the real pipeline: found, redacted in the
 * sanitized URL, and kept out of the path the trace stores.
 */
class ValuesInUrlPathSegmentsTest {

    private static ScanOutcome scan(String url) {
        return BuiltinPipeline.withoutSignals().scan(new CallInput(UUID.randomUUID(), "production", "salt", "POST",
                url, Map.of(), null, 0, new AgentRef(UUID.randomUUID().toString(), "test", "custom")));
    }

    @ParameterizedTest
    @CsvSource({
        "https://api.collector-example.io/x/536-22-8714, US_SSN, 536-22-8714",
        "https://api.collector-example.io/x/ssn/536-22-8714/, US_SSN, 536-22-8714",
        "https://api.collector-example.io/accounts/GB82WEST12345698765432, IBAN, GB82WEST12345698765432",
        "https://api.collector-example.io/users/+14155552671/profile, PHONE_NUMBER, 4155552671",
        "https://api.collector-example.io/users/415-555-2671?expand=1, PHONE_NUMBER, 555-2671"})
    void aValueInAPathSegmentIsFoundAndRedacted(String url, String entityType, String value) throws Exception {
        ScanOutcome outcome = scan(url);

        assertThat(outcome.findings()).extracting(Finding::entityType).as(url).contains(entityType);
        assertThat(outcome.findings()).extracting(Finding::path).as(url)
                .anyMatch(path -> path.startsWith(UrlPathSegments.PATH_SEGMENT_PREFIX + "["));
        assertThat(outcome.decision()).isEqualTo(Decision.SANITIZE);
        String sanitized = outcome.sanitized().url();
        assertThat(sanitized).as(url).doesNotContain(value).contains("%5BREDACTED%3A");
        assertThat(new URI(sanitized).getHost()).isEqualTo("api.collector-example.io");
        assertThat(UrlPathSegments.withFoundSegmentsRedacted(url, outcome.findings())).as("the stored path")
                .doesNotContain(value);
    }

    /** The same in the user information and in a label of the host name, which the trace keeps as its host. */
    @ParameterizedTest
    @CsvSource({
        "https://536-22-8714@api.collector-example.io/x, US_SSN, 536-22-8714",
        "https://alice.smith%40acme-corp.com:pw@api.collector-example.io/x, EMAIL_ADDRESS, alice.smith",
        "https://user:536-22-8714@api.collector-example.io/x, US_SSN, 536-22-8714",
        "https://536-22-8714.collector-example.io/x, US_SSN, 536-22-8714",
        "https://api.536-22-8714.collector-example.io:8443/x, US_SSN, 536-22-8714"})
    void aValueInTheAuthorityIsFoundAndRedacted(String url, String entityType, String value) throws Exception {
        ScanOutcome outcome = scan(url);

        assertThat(outcome.findings()).extracting(Finding::entityType).as(url).contains(entityType);
        assertThat(outcome.decision()).isEqualTo(Decision.SANITIZE);
        String sanitized = outcome.sanitized().url();
        assertThat(sanitized).as(url).doesNotContain(value).contains("%5BREDACTED%3A").endsWith("/x");
        assertThat(new URI(sanitized).getScheme()).isEqualTo("https");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://api.github.com/repos/acme/app/issues/42",
        "https://api.example.com/v1/orders/2024-01-15/items", "https://api.example.com/v2/builds/1234567",
        "https://s3.eu-west-1.amazonaws.com:443/bucket", "https://[2001:db8::1]:8443/x"})
    void resourceNamesIdsAndDatesAreNotPersonalData(String url) {
        assertThat(scan(url).findings()).as(url).isEmpty();
    }
}
