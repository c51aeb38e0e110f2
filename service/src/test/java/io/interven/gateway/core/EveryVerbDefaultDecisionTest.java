package io.interven.gateway.core;

import static io.interven.gateway.core.CallInputs.call;
import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.policy.Decision;
import io.interven.gateway.testing.BuiltinPipeline;
import io.interven.spi.DataClasses;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * docs/api.md "Default decision", steps 3 and 4, hold for every verb: with the real plugins and no tenant policy,
 * data in the body, query string or headers of a GET, HEAD, OPTIONS or DELETE is sanitized as a POST's is.
 */
class EveryVerbDefaultDecisionTest {
    private static final List<String> METHODS = List.of("GET", "HEAD", "OPTIONS", "DELETE", "POST", "PUT", "PATCH");
    private static final String UNKNOWN_HOST = "https://collector.example-corp.com/v1/sink";
    private static final String CARD = "4111111111111111";
    private static final String EMAIL = "ann.lee@corp.example.org";

    static Stream<Arguments> secretsInEveryPlaceOfEveryVerb() {
        Random random = new Random(3);
        List<Arguments> cases = new ArrayList<>();
        for (String method : METHODS) {
            String token = GeneratedSecrets.githubToken(random);
            cases.add(Arguments.of(method, "body", call(method, UNKNOWN_HOST, Map.of(),
                    "{\"note\": \"deploy with " + token + "\"}"), token));
            token = GeneratedSecrets.githubToken(random);
            cases.add(Arguments.of(method, "query", call(method, UNKNOWN_HOST + "?token=" + token, Map.of(), null),
                    token));
            token = GeneratedSecrets.githubToken(random);
            cases.add(Arguments.of(method, "header", call(method, UNKNOWN_HOST,
                    Map.of("Authorization", "Bearer " + token), null), token));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} with a GitHub token in the {1} to an unknown host is sanitized")
    @MethodSource("secretsInEveryPlaceOfEveryVerb")
    void secretsAreSanitizedInEveryVerb(String method, String place, CallInput input, String token) {
        ScanOutcome outcome = BuiltinPipeline.get().scan(input);

        assertThat(outcome.classifications()).contains(DataClasses.SECRETS);
        assertThat(outcome.decision()).isIn(Decision.SANITIZE, Decision.DENY);
        if (outcome.decision() == Decision.SANITIZE) {
            assertThat(String.valueOf(outcome.sanitized())).doesNotContain(token);
        }
    }

    static Stream<Arguments> piiInTheQueryOfEveryVerb() {
        return METHODS.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0} with a card number and an e-mail address in its query string is sanitized")
    @MethodSource("piiInTheQueryOfEveryVerb")
    void piiInAQueryStringToAnUnknownHostIsSanitized(String method) {
        ScanOutcome outcome = BuiltinPipeline.get().scan(call(method,
                UNKNOWN_HOST + "?card=" + CARD + "&email=" + EMAIL, Map.of(), null));

        assertThat(outcome.classifications()).contains(DataClasses.PII);
        assertThat(outcome.decision()).isEqualTo(Decision.SANITIZE);
        assertThat(outcome.verdict().deciding().rule().ruleId()).isEqualTo("pii-to-unknown-destination-sanitize");
        assertThat(outcome.sanitized().url()).doesNotContain(CARD).doesNotContain(EMAIL);
    }

    @ParameterizedTest(name = "{0} with a GitHub token in the body to an unknown host is SANITIZE, not ALLOW")
    @MethodSource("piiInTheQueryOfEveryVerb")
    void aTokenInTheBodyOfAnyVerbIsNeverAllowed(String method) {
        String token = GeneratedSecrets.githubToken(new Random(method.hashCode()));
        ScanOutcome outcome = BuiltinPipeline.get().scan(call(method, UNKNOWN_HOST, Map.of(),
                "{\"text\": \"" + token + "\"}"));

        assertThat(outcome.decision()).isEqualTo(Decision.SANITIZE);
        assertThat(outcome.verdict().deciding().rule().ruleId()).isEqualTo("secrets-sanitize");
        assertThat(outcome.sanitized().body().toString()).doesNotContain(token);
    }
}
