package io.interven.plugin.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.plugin.secrets.RuleExamples.MatchExample;
import io.interven.spi.FieldLocation;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A token is found when characters are glued after it ({@code AKIA...WPNJx}), and the finding covers the token only
 * (a token of variable length takes what its expression allows of them). Generated over every match example of
 * every rule with a glued form, each with several glued suffixes; a suffix that the rule's expression reads as a
 * boundary anyway ({@code _x} after an AWS key id) or that it takes into a token of variable length is left out,
 * since the token is found as written then.
 */
class GluedSuffixTest {
    private static final List<PatternSecretRule> RULES = BuiltInSecretRules.load();
    private static final SecretsDetector DETECTOR = new SecretsDetector(RULES);
    private static final List<String> GLUED = List.of("x", "Q", "7", "and", "s", "_x", "-1", "=", "Kx9mQ2wRz7Lp4Vn8");

    /** More characters than a token of variable length takes, and then more than can be glued. */
    private static final String LONG_RUN = "Kx9mQ2wRz7Lp4Vn8aB3".repeat(16);

    /** The families most often pasted: each must have a glued form. */
    private static final List<String> NAMED_FAMILIES = List.of("aws-access-key-id", "google-api-key",
            "huggingface-token", "slack-bot-token", "stripe-live-key", "openai-project-key", "anthropic-api-key",
            "gitlab-personal-access-token", "sendgrid-api-key", "square-access-token", "docker-hub-token",
            "twilio-api-key", "mailgun-api-key", "alibaba-access-key-id", "telegram-bot-token");

    static Stream<PatternSecretRule> rulesWithAGluedForm() {
        return RULES.stream().filter(rule -> rule.gluedSuffix() != null);
    }

    @Test
    void theNamedFamiliesHaveAGluedForm() {
        assertThat(rulesWithAGluedForm().map(PatternSecretRule::id)).containsAll(NAMED_FAMILIES);
        assertThat(rulesWithAGluedForm().count()).isGreaterThan(100);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rulesWithAGluedForm")
    void findsTheTokenWithCharactersGluedAfterIt(PatternSecretRule rule) {
        for (MatchExample example : startingTheirRun(rule)) {
            for (String glued : GLUED) {
                String text = gluedAfter(example, glued);
                if (foundAsWritten(rule, text, example.secretStart())) {
                    continue;
                }
                // the rule's finding over the token (a token of variable length takes what it can of the glued
                // characters), or a longer one over it of another rule sharing its prefix (live_ + 30, live_ + 40)
                assertThat(findings(text)).as("rule %s in %s", rule.id(), text)
                        .anyMatch(f -> f.ruleId().equals(rule.id()) && f.start() == example.secretStart()
                                && f.end() >= example.secretEnd() && f.end() <= example.secretEnd() + glued.length()
                                || f.start() <= example.secretStart() && f.end() > example.secretEnd());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rulesWithAGluedForm")
    void aLongerRunOrARunGluedOnBothSidesIsNoToken(PatternSecretRule rule) {
        for (MatchExample example : startingTheirRun(rule)) {
            String longer = gluedAfter(example, LONG_RUN);
            if (!foundAsWritten(rule, longer, example.secretStart())) {
                assertThat(findingsOf(rule, longer)).as("rule %s in %s", rule.id(), longer)
                        .noneMatch(f -> f.start() == example.secretStart());
            }
            String bothSides = example.text().substring(0, example.secretStart()) + "a" + gluedAfter(example, "x")
                    .substring(example.secretStart());
            if (!foundAsWritten(rule, bothSides, example.secretStart() + 1)) {
                assertThat(findingsOf(rule, bothSides)).as("rule %s in %s", rule.id(), bothSides)
                        .noneMatch(f -> f.start() == example.secretStart() + 1);
            }
        }
    }

    @Test
    void aMetaAccessTokenIsNoSquareTokenWithCharactersGlued() {
        String meta = "EAAAapTMan1x75vrUKvOTN7lxz7oo6eixld6bVrRDUvgQJldQ1GhFt5NXYByln7fxI5KI8yTNGbHIwUcAdq2f"
                + "UfY5S5NuX6eUd";
        assertThat(findings("token " + meta)).noneMatch(f -> f.ruleId().equals("square-access-token"));
        assertThat(findings("token " + meta.substring(0, 64) + "x"))
                .anyMatch(f -> f.ruleId().equals("square-access-token") && f.end() == 6 + 64);
    }

    @Test
    void theTokensTheIssueNamedAreFoundWithAWordGluedAfterThem() {
        for (String token : List.of("AKIAZ3MXQ7R4TLK2WPNJ", "AIzaSyD4kT9mXq2LpW7vN3bR8cF5hJ1yZ6aE0gU",
                "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")) {
            for (String glued : List.of("x", "Q", "7", "and", "please")) {
                String text = "use " + token + glued + " for the deploy";
                assertThat(findings(text)).as(text)
                        .anySatisfy(f -> assertThat(text.substring(f.start(), f.end())).isEqualTo(token));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"(?<![A-Za-z0-9])AKIA(x[A-Z2-7]{16})(?![A-Za-z0-9])", "Bot (tok[a-z]{8})(?![a-z])",
            "(?:x)(tok[a-z]{8})(?![a-z])", "(?<![A-Za-z0-9])(?:tok)([a-z]{8})(?![a-z])", "(tok[a-z]{8})(?![^a-z])", "(tok[a-z]{8})(?![a-z]|[0-9])",
            "(tok[a-z]{8})", "(tok[a-z]{8})\\b", "(tok)([a-z]{8})(?![a-z])"})
    void onlyARuleWhoseMatchIsItsTokenHasAGluedForm(String expression) {
        assertThat(GluedSuffix.of(Pattern.compile(expression), 1)).isNull();
    }

    @Test
    void aGluedFormReadsTheLookAheadsClass() {
        GluedSuffix glued = GluedSuffix.of(Pattern.compile("(tok_[a-z0-9]{4})(?![a-z0-9\\-])"), 1);
        assertThat(glued).isNotNull();
        assertThat(glued.token().pattern()).isEqualTo("(tok_[a-z0-9]{4})");
        assertThat(glued.continuesRun("tok_ab3d7", 8)).isTrue();
        assertThat(glued.continuesRun("tok_ab3d-", 8)).isTrue();
        assertThat(glued.continuesRun("tok_ab3dA", 8)).isFalse(); // 'A' ends the run: found as written
        assertThat(glued.continuesRun("tok_ab3d", 8)).isFalse();
        assertThat(glued.keeps("tok_ab3d7", 0, 8)).isTrue();
        assertThat(glued.keeps("=tok_ab3d7", 1, 9)).isTrue(); // '=' is no word character
        assertThat(glued.keeps("xtok_ab3d7", 1, 9)).isFalse(); // glued on both sides
        assertThat(glued.keeps("tok_ab3d" + "7".repeat(GluedSuffix.MAX_GLUED), 0, 8)).isTrue();
        assertThat(glued.keeps("tok_ab3d" + "7".repeat(GluedSuffix.MAX_GLUED + 1), 0, 8)).isFalse();
        GluedSuffix behind = GluedSuffix.of(Pattern.compile("(?<![A-Za-z0-9])(SK[0-9a-f]{32})(?![A-Za-z0-9])"), 1);
        assertThat(behind.token().pattern()).isEqualTo("(?<![A-Za-z0-9])(SK[0-9a-f]{32})");
        GluedSuffix upper = GluedSuffix.of(Pattern.compile("(ASIA[A-Z2-7]{16})(?![A-Za-z0-9])"), 1);
        assertThat(upper.keeps("ASIAPACIFICREGIONALHEADQUARTERS", 0, 20)).isFalse(); // one case: a word
        assertThat(upper.keeps("ASIAZ3MXQ7R4TLK2WPNJx", 0, 20)).isTrue();
    }

    /** The rule's examples found as written whose token starts its run. */
    private static List<MatchExample> startingTheirRun(PatternSecretRule rule) {
        return rule.examples().match().stream()
                .filter(example -> foundAsWritten(rule, example.text(), example.secretStart()))
                .filter(example -> example.secretStart() == 0
                        || !Character.isLetterOrDigit(example.text().charAt(example.secretStart() - 1))
                        && "_-".indexOf(example.text().charAt(example.secretStart() - 1)) < 0)
                .toList();
    }

    private static String gluedAfter(MatchExample example, String glued) {
        int end = example.secretEnd();
        return example.text().substring(0, end) + glued + example.text().substring(end);
    }

    /** Whether the rule's expression alone finds a token starting at {@code start} of {@code text}. */
    private static boolean foundAsWritten(PatternSecretRule rule, String text, int start) {
        Matcher m = rule.regex().matcher(text);
        while (m.find()) {
            if (m.start(rule.secretGroup()) == start) {
                return true;
            }
        }
        return false;
    }

    private static List<Finding> findingsOf(PatternSecretRule rule, String text) {
        return findings(text).stream().filter(f -> f.ruleId().equals(rule.id())).toList();
    }

    private static List<Finding> findings(String text) {
        return DETECTOR.detect(new ScanField("$.note", FieldLocation.BODY, null, text));
    }
}
