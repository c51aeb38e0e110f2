package io.interven.plugin.secrets;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP Basic credentials ({@code Basic base64(user:password)}): the decoded {@code user:password} is scanned with
 * the provider rules, so a Twilio auth token or an Atlassian API token inside keeps its entity type and issuer.
 * A password no provider rule knows is reported as {@code GENERIC_SECRET} when it looks like a secret.
 * Findings span the whole base64 text, the part a sanitizer must redact.
 */
final class BasicAuthSecretRule extends JavaTextRule {
    static final String ID = "basic-auth-credentials";
    private static final double GENERIC_CONFIDENCE = 0.7;
    private static final Pattern BASIC = Pattern.compile("(?i)\\bbasic[ \\t]{1,8}([A-Za-z0-9+/]{8,2048}+={0,2})(?![A-Za-z0-9+/=])");
    /** Scheme word and blanks (13), base64 text (2050). */
    private static final int MAX_LENGTH = 2064;
    private final KeywordGatedRules providerRules;

    BasicAuthSecretRule(KeywordGatedRules providerRules) {
        super(ID, List.of("basic ", "basic\t"), MAX_LENGTH);
        this.providerRules = providerRules;
    }

    @Override
    public List<SecretMatch> findIn(String text, int from, int to) {
        List<SecretMatch> matches = new ArrayList<>();
        Matcher m = TextSecretRule.matcherWithin(BASIC, text, from, to);
        while (m.find()) {
            String decoded = decode(m.group(1));
            int colon = decoded == null ? -1 : decoded.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            List<SecretMatch> inner = providerRules.findIn(decoded);
            if (!inner.isEmpty()) {
                inner.forEach(match -> matches.add(match.at(m.start(1), m.end(1))));
            } else if (GenericSecretValue.isPlausible(decoded.substring(colon + 1))) {
                matches.add(new SecretMatch(ID, KeyNameSecretRule.ENTITY_TYPE, Set.of(), m.start(1), m.end(1),
                        GENERIC_CONFIDENCE));
            }
        }
        return matches;
    }

    /** The decoded text when it is printable UTF-8, otherwise null. */
    private static String decode(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
        String decoded = new String(bytes, StandardCharsets.UTF_8);
        boolean printable = decoded.chars().allMatch(c -> c >= 0x20 && c != 0x7f && c != 0xfffd);
        return printable ? decoded : null;
    }
}
