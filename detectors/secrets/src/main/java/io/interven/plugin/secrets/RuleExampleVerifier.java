package io.interven.plugin.secrets;

import io.interven.plugin.secrets.RuleExamples.MatchExample;
import java.util.ArrayList;
import java.util.List;

/** Runs a rule over its own examples and describes every example it gets wrong. */
final class RuleExampleVerifier {
    private RuleExampleVerifier() {
    }

    static List<String> failures(PatternSecretRule rule) {
        List<String> failures = new ArrayList<>();
        for (MatchExample example : rule.examples().match()) {
            List<SecretMatch> matches = rule.findIn(example.text());
            boolean found = matches.stream().anyMatch(
                    m -> m.start() == example.secretStart() && m.end() == example.secretEnd());
            if (!found) {
                failures.add("match example not found" + (matches.isEmpty() ? "" : " with the expected span") + ": "
                        + example.text());
            }
        }
        for (String text : rule.examples().noMatch()) {
            if (!rule.findIn(text).isEmpty()) {
                failures.add("no_match example matched: " + text);
            }
        }
        return failures;
    }
}
