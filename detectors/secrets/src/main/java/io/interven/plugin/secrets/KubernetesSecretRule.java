package io.interven.plugin.secrets;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code data} values of a Kubernetes Secret manifest (YAML or JSON, {@code kind: Secret}): each value is base64,
 * and Kubernetes keeps it secret by definition. Each value is decoded; the finding spans the base64 text, the part a
 * sanitizer must redact. The decoded value is scanned with the provider rules first (a GitHub token keeps its entity
 * type and issuer), then as configuration text ({@link AssignmentSecretRule}); otherwise it is a
 * {@code GENERIC_SECRET} at {@value #CONFIDENCE}, weak password ({@code password123}) or binary key material (a
 * keystore) alike: under a Secret, the value is secret by declaration, whatever its strength. Entries that
 * are public or descriptive by convention ({@code ca.crt}, {@code tls.crt}, {@code namespace}, {@code username},
 * {@code host}, {@code port}), certificates, and decoded placeholders ({@code changeme}, empty) are not reported.
 */
final class KubernetesSecretRule extends JavaTextRule {
    static final String ID = "kubernetes-secret-data";
    static final double CONFIDENCE = 0.8;
    /** A Secret's data block sits within a few kilobytes of its {@code kind}. */
    private static final int MAX_LENGTH = 16_384;
    private static final int MIN_BINARY_LENGTH = 16;
    private static final Pattern KIND_SECRET = Pattern.compile(
            "(?m)^[ \\t]*(?:-[ \\t]+)?kind:[ \\t]*[\"']?Secret[\"']?[ \\t]*\\r?$|\"kind\"[ \\t]*:[ \\t]*\"Secret\"");
    private static final Pattern YAML_DATA = Pattern.compile("(?m)^([ \\t]*)data:[ \\t]*\\r?\\n");
    private static final Pattern YAML_ENTRY = Pattern.compile(
            "\\G([ \\t]+)([A-Za-z0-9_.\\-]{1,253}):[ \\t]*[\"']?([A-Za-z0-9+/]{2,65536}+={0,2})[\"']?[ \\t]*(?:\\r?\\n|$)");
    private static final Pattern YAML_SKIPPED_LINE = Pattern.compile("\\G(?:[ \\t]*#[^\\n]*+)?\\r?\\n");
    private static final Pattern JSON_DATA = Pattern.compile("\"data\"[ \\t\\r\\n]*:[ \\t\\r\\n]*\\{");
    private static final Pattern JSON_ENTRY = Pattern.compile(
            "\\G[ \\t\\r\\n,]*\"([A-Za-z0-9_.\\-]{1,253})\"[ \\t\\r\\n]*:[ \\t\\r\\n]*\"([A-Za-z0-9+/]{2,65536}+={0,2})\"");
    private static final Pattern DOCUMENT_SEPARATOR = Pattern.compile("(?m)^---");
    /** Data keys that hold public or descriptive values by convention. */
    private static final Set<String> PUBLIC_KEYS = Set.of("ca.crt", "tls.crt", "namespace", "username", "user",
            "host", "hostname", "port", "database", "dbname", "region", "endpoint", "url", "email");
    /** Reads a decoded configuration file ({@code password=...} inside {@code application.properties}). */
    private static final AssignmentSecretRule ASSIGNMENTS = new AssignmentSecretRule();
    private final KeywordGatedRules providerRules;

    KubernetesSecretRule(KeywordGatedRules providerRules) {
        super(ID, List.of("kind: secret", "kind:secret", "kind: \"secret\"", "kind: 'secret'", "\"kind\": \"secret\"",
                "\"kind\":\"secret\""), MAX_LENGTH);
        this.providerRules = providerRules;
    }

    @Override
    public List<SecretMatch> findIn(String text, int from, int to) {
        List<SecretMatch> matches = new ArrayList<>();
        Matcher kind = TextSecretRule.matcherWithin(KIND_SECRET, text, from, to);
        Matcher separator = TextSecretRule.matcherWithin(DOCUMENT_SEPARATOR, text, from, to);
        int documentStart = from;
        int separatorsSeenTo = from;
        int searchedTo = from;
        while (kind.find()) {
            if (kind.start() < searchedTo) {
                continue;
            }
            // every part of the text is searched for separators once: up to this kind, then up to the document's end
            separator.region(separatorsSeenTo, kind.start());
            while (separator.find()) {
                documentStart = separator.end();
            }
            separator.region(kind.end(), to);
            int documentEnd = separator.find() ? separator.start() : to;
            separatorsSeenTo = documentEnd;
            yamlData(text, documentStart, documentEnd, matches);
            jsonData(text, documentStart, documentEnd, matches);
            searchedTo = documentEnd;
        }
        return matches;
    }

    private void yamlData(String text, int from, int to, List<SecretMatch> matches) {
        Matcher data = TextSecretRule.matcherWithin(YAML_DATA, text, from, to);
        while (data.find()) {
            int indent = data.group(1).length();
            Matcher entry = TextSecretRule.matcherWithin(YAML_ENTRY, text, data.end(), to);
            Matcher skipped = TextSecretRule.matcherWithin(YAML_SKIPPED_LINE, text, data.end(), to);
            int at = data.end();
            while (at < to) {
                if (entry.region(at, to).lookingAt() && entry.group(1).length() > indent) {
                    report(text, entry.group(2), entry.start(3), entry.end(3), matches);
                    at = entry.end();
                } else if (skipped.region(at, to).lookingAt() && skipped.end() > at) {
                    at = skipped.end();
                } else {
                    break;
                }
            }
        }
    }

    private void jsonData(String text, int from, int to, List<SecretMatch> matches) {
        Matcher data = TextSecretRule.matcherWithin(JSON_DATA, text, from, to);
        while (data.find()) {
            Matcher entry = TextSecretRule.matcherWithin(JSON_ENTRY, text, data.end(), to);
            while (entry.find()) {
                report(text, entry.group(1), entry.start(2), entry.end(2), matches);
            }
        }
    }

    private void report(String text, String key, int start, int end, List<SecretMatch> matches) {
        if (PUBLIC_KEYS.contains(key.toLowerCase(Locale.ROOT)) || key.endsWith(".crt")) {
            return;
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text.substring(start, end));
        } catch (IllegalArgumentException notBase64) {
            return;
        }
        String decoded = new String(bytes, StandardCharsets.UTF_8);
        if (!isPrintable(decoded)) {
            if (bytes.length >= MIN_BINARY_LENGTH) {
                matches.add(new SecretMatch(ID, KeyNameSecretRule.ENTITY_TYPE, Set.of(), start, end, CONFIDENCE));
            }
            return;
        }
        List<SecretMatch> inner = providerRules.findIn(decoded);
        if (!inner.isEmpty()) {
            inner.forEach(match -> matches.add(match.at(start, end)));
            return;
        }
        List<SecretMatch> assigned = ASSIGNMENTS.findIn(decoded);
        if (!assigned.isEmpty()) {
            double confidence = assigned.stream().mapToDouble(SecretMatch::confidence).max().orElse(CONFIDENCE);
            matches.add(new SecretMatch(ID, KeyNameSecretRule.ENTITY_TYPE, Set.of(), start, end, confidence));
            return;
        }
        String value = decoded.strip();
        if (value.startsWith("-----BEGIN CERTIFICATE")) {
            return;
        }
        if (PasswordValue.of(value, true) != PasswordValue.Strength.NONE) {
            matches.add(new SecretMatch(ID, KeyNameSecretRule.ENTITY_TYPE, Set.of(), start, end, CONFIDENCE));
        }
    }

    private static boolean isPrintable(String decoded) {
        return decoded.chars()
                .allMatch(c -> c >= 0x20 && c != 0x7f && c != 0xfffd || c == '\n' || c == '\r' || c == '\t');
    }
}
