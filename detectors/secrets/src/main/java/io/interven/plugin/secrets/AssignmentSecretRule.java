package io.interven.plugin.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Secrets assigned to a secret-sounding name inside free text: {@code DB_PASSWORD=...} in a pasted .env file,
 * {@code "apiKey": "..."} in a JSON snippet, {@code client_secret: ...} in YAML, {@code ?token=...} in a URL.
 * The name must pass {@link SecretKeyName}, the value {@link GenericSecretValue}. Reports {@code GENERIC_SECRET}.
 */
final class AssignmentSecretRule implements TextSecretRule {
    static final String ID = "assigned-secret";
    private static final double CONFIDENCE = 0.65;
    private static final Pattern ASSIGNMENT = Pattern.compile(
            "(?<![A-Za-z0-9_.\\-])([A-Za-z][A-Za-z0-9_.\\-]{0,63})[\"'`]?[ \\t]{0,4}(?::=|=>|=|:)[ \\t]{0,4}"
                    + "(?:(?i:bearer|token)[ \\t]+)?(?:([\"'`])([^\"'`\\s]{8,512}+)\\2|([^\\s\"'`,;&<>(){}\\[\\]]{8,512}+))");
    private static final List<String> KEYWORDS = List.of("pass", "pwd", "secret", "token", "key", "credential",
            "authorization");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<String> keywords() {
        return KEYWORDS;
    }

    @Override
    public List<SecretMatch> findIn(String text) {
        List<SecretMatch> matches = new ArrayList<>();
        Matcher m = ASSIGNMENT.matcher(text);
        while (m.find()) {
            int group = m.group(3) != null ? 3 : 4;
            if (SecretKeyName.looksSecret(m.group(1)) && GenericSecretValue.isPlausible(m.group(group))) {
                matches.add(new SecretMatch(ID, KeyNameSecretRule.ENTITY_TYPE, Set.of(), m.start(group), m.end(group),
                        CONFIDENCE));
            }
        }
        return matches;
    }
}
