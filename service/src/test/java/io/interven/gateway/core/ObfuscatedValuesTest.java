package io.interven.gateway.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.core.normalize.TextNormalizer;
import io.interven.gateway.policy.Decision;
import io.interven.gateway.testing.BuiltinPipeline;
import io.interven.spi.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated secrets and PII, each disguised with invisible characters, full-width or mathematical letters,
 * Cyrillic or Greek look-alikes, through the real pipeline and plugins: each is found as its entity type, and the
 * forwarded text keeps no 5-character piece of the value (not even once the invisible characters are gone),
 * while the words around it are untouched.
 */
class ObfuscatedValuesTest {
    static final int SEEDS = 2;
    static final String BEFORE = "please use ";
    static final String AFTER = " for the deploy";

    /** A value kind, how to draw one, and the entity type it must be found as. */
    record Kind(String name, Function<Random, String> draw, String entityType) {
    }

    static List<Kind> kinds() {
        return List.of(
                new Kind("github-token", GeneratedSecrets::githubToken, "GITHUB_TOKEN"),
                new Kind("aws-access-key-id", r -> "AKIA" + GeneratedSecrets.chars(r, "ABCDEFGHJKLMNPQRSTUVWXYZ234567", 16),
                        "AWS_ACCESS_KEY_ID"),
                new Kind("slack-bot-token", r -> "xoxb-" + GeneratedSecrets.chars(r, GeneratedSecrets.DIGITS, 11) + "-"
                        + GeneratedSecrets.chars(r, GeneratedSecrets.DIGITS, 12) + "-"
                        + GeneratedSecrets.chars(r, GeneratedSecrets.ALNUM, 24), "SLACK_TOKEN"),
                new Kind("stripe-live-key", r -> "sk_live_" + GeneratedSecrets.chars(r, GeneratedSecrets.ALNUM, 32),
                        "STRIPE_KEY"),
                new Kind("openai-project-key", r -> "sk-proj-" + GeneratedSecrets.chars(r, GeneratedSecrets.ALNUM, 48),
                        "OPENAI_API_KEY"),
                new Kind("jwt", GeneratedSecrets::jwt, "JWT"),
                new Kind("email", GeneratedPii::email, "EMAIL_ADDRESS"),
                new Kind("card", GeneratedPii::visaCard, "CREDIT_CARD"),
                new Kind("ssn", GeneratedPii::ssn, "US_SSN"),
                new Kind("iban", GeneratedPii::germanIban, "IBAN"));
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Kind kind : kinds()) {
            for (int seed = 0; seed < SEEDS; seed++) {
                String value = kind.draw().apply(new Random(kind.name().hashCode() * 31L + seed));
                for (Obfuscations.Obfuscation obfuscation : Obfuscations.all()) {
                    String disguised = obfuscation.apply().apply(value);
                    if (!disguised.equals(value)) {
                        cases.add(Arguments.of(kind.name(), obfuscation.name(), value, disguised, kind.entityType()));
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} #{index}")
    @MethodSource("cases")
    void theDisguisedValueIsFoundAndRedactedInItsOriginalSpelling(String kind, String obfuscation, String value,
                                                                  String disguised, String entityType) {
        ScanOutcome outcome = BuiltinPipeline.get().scan(CallInputs.noteWithText(BEFORE + disguised + AFTER));

        assertThat(outcome.findings()).extracting(Finding::entityType).as("%s %s", kind, obfuscation)
                .contains(entityType);
        assertThat(outcome.decision()).isEqualTo(Decision.SANITIZE);
        String forwarded = outcome.sanitized().body().get("text").asText();
        if (obfuscation.startsWith("quoted-printable") && forwarded.matches("\\[REDACTED:[A-Z_]+]")) {
            return; // the text as written held part of the value too: the whole text was replaced, as it must be
        }
        assertThat(forwarded).as("%s %s", kind, obfuscation).startsWith(BEFORE).endsWith(AFTER);
        String replaced = forwarded.substring(BEFORE.length(), forwarded.length() - AFTER.length());
        if (obfuscation.startsWith("underscore-emphasis")) {
            // the emphasis stays around the marker, or is redacted with a value whose pattern may hold an underscore
            replaced = replaced.replaceFirst("^_", "").replaceFirst("_?,?$", "");
        }
        assertThat(replaced).as("%s %s", kind, obfuscation).startsWith("[REDACTED:").endsWith("]")
                .doesNotContain(" ");
        String visible = TextNormalizer.normalizedString(forwarded);
        for (int i = 0; i + 5 <= value.length(); i++) {
            assertThat(visible).as("%s %s: piece %d", kind, obfuscation, i).doesNotContain(value.substring(i, i + 5));
        }
    }
}
