package io.interven.plugin.secrets;

import java.util.List;

/**
 * The examples a rule carries. A rule must find each {@code match} example's secret (exactly that span) and
 * nothing in any {@code noMatch} text.
 */
record RuleExamples(List<MatchExample> match, List<String> noMatch) {
    RuleExamples {
        match = List.copyOf(match);
        noMatch = List.copyOf(noMatch);
    }

    /**
     * @param text   the example text
     * @param secret the part of {@code text} the rule must report; the whole text when written as a plain string
     */
    record MatchExample(String text, String secret) {
        MatchExample {
            if (!text.contains(secret)) {
                throw new IllegalArgumentException("example secret is not part of its text: " + secret);
            }
        }

        int secretStart() {
            return text.indexOf(secret);
        }

        int secretEnd() {
            return secretStart() + secret.length();
        }
    }
}
