package io.interven.plugin.secrets;

import io.interven.plugin.secrets.RuleExamples.MatchExample;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Runs a rule over its own examples the way the scanner runs it (keyword prefilter, then the regex within
 * {@code max_length} of each keyword hit) and describes every example it gets wrong. A match example's whole match
 * must also contain one of the rule's keywords and fit in {@code max_length}: otherwise the keyword windows could
 * miss, or cut short, a secret of that shape.
 */
final class RuleExampleVerifier {
    private RuleExampleVerifier() {
    }

    static List<String> failures(PatternSecretRule rule) {
        KeywordGatedRules gated = new KeywordGatedRules(List.of(rule));
        List<String> failures = new ArrayList<>();
        for (MatchExample example : rule.examples().match()) {
            List<SecretMatch> matches = gated.findIn(example.text());
            boolean found = matches.stream().anyMatch(
                    m -> m.start() == example.secretStart() && m.end() == example.secretEnd());
            if (!found) {
                failures.add("match example not found" + (matches.isEmpty() ? "" : " with the expected span") + ": "
                        + example.text());
            }
            wholeMatchProblem(rule, example).ifPresent(failures::add);
        }
        for (String text : rule.examples().noMatch()) {
            if (!gated.findIn(text).isEmpty()) {
                failures.add("no_match example matched: " + text);
            }
        }
        return failures;
    }

    /** Whether the whole match around the example's secret holds a keyword and fits in max_length. */
    private static Optional<String> wholeMatchProblem(PatternSecretRule rule, MatchExample example) {
        Matcher m = rule.regex().matcher(example.text());
        while (m.find()) {
            if (m.start(rule.secretGroup()) != example.secretStart() || m.end(rule.secretGroup()) != example.secretEnd()) {
                continue;
            }
            String whole = m.group().toLowerCase(Locale.ROOT);
            if (rule.keywords().stream().noneMatch(whole::contains)) {
                return Optional.of("no keyword occurs inside the match of example: " + example.text());
            }
            if (m.end() - m.start() > rule.maxLength()) {
                return Optional.of("the match of example is " + (m.end() - m.start())
                        + " characters long, more than max_length " + rule.maxLength() + ": " + example.text());
            }
        }
        return Optional.empty();
    }
}
