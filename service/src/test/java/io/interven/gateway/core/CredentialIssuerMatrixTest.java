package io.interven.gateway.core;

import static io.interven.gateway.core.CallInputs.call;
import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.policy.Decision;
import io.interven.gateway.testing.BuiltinPipeline;
import io.interven.spi.DataClasses;
import io.interven.spi.ReasonCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Credentials are "sent to their issuer" only on the provider's own API hosts: with the real plugins, every
 * credential type, sent in a header, a query value or the URL path, to its issuer (as written, in upper case with
 * a trailing dot), to a shared-hosting host under or beside the provider's domain, and to a look-alike host.
 */
class CredentialIssuerMatrixTest {

    /** A credential type, one value of it, an issuer host, and rented or look-alike hosts that are not the issuer. */
    record CredentialType(String entityType, Function<Random, String> draw, List<String> issuerHosts,
                          List<String> sharedHosts, String lookAlike) {
    }

    private static final List<CredentialType> TYPES = List.of(
            new CredentialType("AWS_ACCESS_KEY_ID", r -> "AKIA" + GeneratedSecrets.chars(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16),
                    List.of("sts.amazonaws.com", "iam.amazonaws.com", "dynamodb.eu-west-1.amazonaws.com",
                            "sts.us-east-1.amazonaws.com", "bedrock-runtime.us-east-1.amazonaws.com"),
                    List.of("attacker-logs.s3.amazonaws.com", "s3.amazonaws.com", "x.s3.eu-west-1.amazonaws.com",
                            "x.execute-api.us-east-1.amazonaws.com", "ec2-1-2-3-4.compute-1.amazonaws.com",
                            "attacker.us-east-1.amazonaws.com", "x.lambda-url.us-east-1.on.aws",
                            "d111111abcdef8.cloudfront.net"),
                    "sts.amazonaws.com.evil.com"),
            new CredentialType("GITHUB_TOKEN", GeneratedSecrets::githubToken,
                    List.of("api.github.com", "github.com", "uploads.github.com", "raw.githubusercontent.com"),
                    List.of("attacker.githubusercontent.com", "acme.github.io"), "api.github.com.evil.com"),
            new CredentialType("GOOGLE_API_KEY", r -> "AIza" + GeneratedSecrets.chars(r, GeneratedSecrets.ALNUM, 35),
                    List.of("generativelanguage.googleapis.com", "maps.googleapis.com", "gmail.googleapis.com"),
                    List.of("attacker.googleapis.com", "project.appspot.com", "x.cloudfunctions.net"),
                    "generativelanguage.googleapis.com.evil.io"),
            new CredentialType("SLACK_TOKEN", r -> "xoxb-" + GeneratedSecrets.chars(r, GeneratedSecrets.DIGITS, 11) + "-"
                    + GeneratedSecrets.chars(r, GeneratedSecrets.DIGITS, 12) + "-"
                    + GeneratedSecrets.chars(r, GeneratedSecrets.ALNUM, 24),
                    List.of("slack.com", "files.slack.com"),
                    List.of("slack.herokuapp.com", "slack-bot.azurewebsites.net"), "slack.com.evil.net"),
            new CredentialType("STRIPE_SECRET_KEY", r -> "sk_live_" + GeneratedSecrets.chars(r, GeneratedSecrets.ALNUM, 32),
                    List.of("api.stripe.com"), List.of("stripe.workers.dev", "stripe-proxy.vercel.app"),
                    "api.stripe.com.attacker.io"),
            new CredentialType("OPENAI_API_KEY", r -> "sk-proj-" + GeneratedSecrets.chars(r, GeneratedSecrets.ALNUM, 48),
                    List.of("api.openai.com"), List.of("openai.azurewebsites.net", "openai-proxy.netlify.app"),
                    "api.openai.com.evil.dev"),
            new CredentialType("ANTHROPIC_API_KEY", r -> "sk-ant-api03-" + GeneratedSecrets.chars(r, GeneratedSecrets.ALNUM, 80),
                    List.of("api.anthropic.com"), List.of("anthropic.fly.dev", "claude-proxy.onrender.com"),
                    "api.anthropic.com.example.org"),
            new CredentialType("SENDGRID_API_KEY", r -> "SG." + GeneratedSecrets.chars(r, GeneratedSecrets.ALNUM, 22) + "."
                    + GeneratedSecrets.chars(r, GeneratedSecrets.ALNUM, 43),
                    List.of("api.sendgrid.com"), List.of("sendgrid.pages.dev", "mail-relay.herokuapp.com"),
                    "api.sendgrid.com.mailer.io"),
            new CredentialType("GITLAB_TOKEN", r -> "glpat-" + GeneratedSecrets.chars(r, GeneratedSecrets.ALNUM, 20),
                    List.of("gitlab.com"), List.of("acme.gitlab.io", "gitlab-mirror.azurestaticapps.net"),
                    "gitlab.com.evil.com"),
            new CredentialType("HUGGINGFACE_TOKEN", r -> "hf_" + GeneratedSecrets.chars(r, GeneratedSecrets.UPPER
                    + GeneratedSecrets.LOWER, 34),
                    List.of("huggingface.co", "api-inference.huggingface.co"),
                    List.of("hf-proxy.web.app", "hf.r2.dev"), "huggingface.co.evil.ai"));

    /** Where in the call the credential travels. */
    enum Placement {
        HEADER, QUERY, URL
    }

    private static CallInput callTo(String host, Placement placement, String credential) {
        return switch (placement) {
            case HEADER -> call("POST", "https://" + host + "/v1/things", Map.of("Authorization", "Bearer " + credential),
                    "{\"name\": \"widget\"}");
            case QUERY -> call("GET", "https://" + host + "/v1/things?key=" + credential, Map.of(), null);
            case URL -> call("GET", "https://" + host + "/v1/" + credential + "/things", Map.of(), null);
        };
    }

    static Stream<Arguments> toTheIssuer() {
        Random random = new Random(7);
        List<Arguments> cases = new ArrayList<>();
        for (CredentialType type : TYPES) {
            for (String issuer : type.issuerHosts()) {
                for (String spelling : List.of(issuer, issuer.toUpperCase(Locale.ROOT) + ".")) {
                    for (Placement placement : Placement.values()) {
                        cases.add(Arguments.of(type.entityType(), spelling, placement, type.draw().apply(random)));
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} in the {2} of a call to {1} authenticates it")
    @MethodSource("toTheIssuer")
    void sentToItsIssuerItIsTheCallsAuthentication(String entityType, String host, Placement placement,
                                                   String credential) {
        ScanOutcome outcome = BuiltinPipeline.get().scan(callTo(host, placement, credential));

        assertThat(outcome.classifications()).as("classes").doesNotContain(DataClasses.SECRETS);
        assertThat(outcome.reasonCodes()).doesNotContain(ReasonCodes.CREDENTIAL_HOST_MISMATCH);
        assertThat(outcome.decision()).isEqualTo(Decision.ALLOW);
    }

    static Stream<Arguments> elsewhere() {
        Random random = new Random(11);
        List<Arguments> cases = new ArrayList<>();
        for (CredentialType type : TYPES) {
            List<String> hosts = new ArrayList<>(type.sharedHosts());
            hosts.add(type.lookAlike());
            hosts.add(type.lookAlike().toUpperCase(Locale.ROOT) + ".");
            for (String host : hosts) {
                for (Placement placement : Placement.values()) {
                    cases.add(Arguments.of(type.entityType(), host, placement, type.draw().apply(random)));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} in the {2} of a call to {1} is data sent to the wrong host")
    @MethodSource("elsewhere")
    void sentToARentedOrLookAlikeHostItIsDataAndAMismatch(String entityType, String host, Placement placement,
                                                          String credential) {
        ScanOutcome outcome = BuiltinPipeline.get().scan(callTo(host, placement, credential));

        assertThat(outcome.classifications()).contains(DataClasses.SECRETS);
        assertThat(outcome.reasonCodes()).contains(ReasonCodes.SECRETS, ReasonCodes.CREDENTIAL_HOST_MISMATCH);
        assertThat(outcome.findings()).anySatisfy(finding -> assertThat(finding.issuerDomains()).isNotEmpty());
        assertThat(outcome.decision()).isEqualTo(Decision.DENY);
    }
}
