package io.interven.plugin.secrets;

import io.interven.plugin.secrets.RuleExamples.MatchExample;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Turns one YAML rule file ({@code rules: [...]}) into rules. Everything is checked here, once: unknown or missing
 * fields, the regular expression (compiled now), the secret group, keywords, validator names and value ranges.
 * The first problem fails the file with a {@link SecretRuleException} naming the file and the rule.
 */
final class SecretRuleFileParser {
    private static final Set<String> FIELDS = Set.of("id", "description", "entity_type", "regex", "secret_group",
            "keywords", "min_entropy", "issuer_domains", "validator", "confidence", "max_length", "examples");
    static final int DEFAULT_MAX_LENGTH = 256;
    private static final int MAX_MAX_LENGTH = 65_536;
    private static final Pattern RULE_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern ENTITY_TYPE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern DOMAIN = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)+");

    private SecretRuleFileParser() {
    }

    static List<PatternSecretRule> parse(String sourceFile, String yamlText) {
        Object document;
        try {
            document = new Yaml(new SafeConstructor(new LoaderOptions())).load(yamlText);
        } catch (YAMLException e) {
            throw new SecretRuleException(sourceFile, null, "not valid YAML: " + e.getMessage(), e);
        }
        if (!(document instanceof Map<?, ?> top) || !(top.get("rules") instanceof List<?> entries) || entries.isEmpty()) {
            throw new SecretRuleException(sourceFile, null, "expected a top-level 'rules:' list with at least one rule");
        }
        List<PatternSecretRule> rules = new ArrayList<>();
        int index = 0;
        for (Object entry : entries) {
            index++;
            if (!(entry instanceof Map<?, ?> fields)) {
                throw new SecretRuleException(sourceFile, null, "rule #" + index + " is not a mapping");
            }
            Object id = fields.get("id");
            String ruleId = id instanceof String s ? s : "#" + index;
            try {
                rules.add(parseRule(sourceFile, fields));
            } catch (IllegalArgumentException | ClassCastException e) {
                throw new SecretRuleException(sourceFile, ruleId, e.getMessage(), e);
            }
        }
        return rules;
    }

    private static PatternSecretRule parseRule(String sourceFile, Map<?, ?> fields) {
        for (Object key : fields.keySet()) {
            if (!FIELDS.contains(String.valueOf(key))) {
                throw new IllegalArgumentException("unknown field '" + key + "' (known: " + FIELDS + ")");
            }
        }
        String id = matching(requiredString(fields, "id"), RULE_ID, "id");
        String description = requiredString(fields, "description");
        String entityType = matching(requiredString(fields, "entity_type"), ENTITY_TYPE, "entity_type");
        Pattern regex = compile(requiredString(fields, "regex"));
        int secretGroup = integer(fields, "secret_group", 0);
        if (secretGroup < 0 || secretGroup > regex.matcher("").groupCount()) {
            throw new IllegalArgumentException("secret_group " + secretGroup + " does not exist in the regex, which has "
                    + regex.matcher("").groupCount() + " groups");
        }
        List<String> keywords = keywords(fields);
        double minEntropy = number(fields, "min_entropy", 0.0);
        if (minEntropy < 0 || minEntropy > 8) {
            throw new IllegalArgumentException("min_entropy must be within [0, 8] bits per character");
        }
        Set<String> issuerDomains = issuerDomains(fields);
        Optional<SecretValidator> validator = validator(fields);
        double confidence = unitInterval(number(fields, "confidence", Double.NaN), "confidence");
        int maxLength = integer(fields, "max_length", DEFAULT_MAX_LENGTH);
        if (maxLength < 8 || maxLength > MAX_MAX_LENGTH) {
            throw new IllegalArgumentException("max_length must be within [8, " + MAX_MAX_LENGTH + "], was " + maxLength);
        }
        RuleExamples examples = examples(fields.get("examples"));
        return new PatternSecretRule(id, description, entityType, regex, secretGroup, keywords, minEntropy,
                issuerDomains, validator, confidence, maxLength, examples, sourceFile);
    }

    private static String requiredString(Map<?, ?> fields, String name) {
        Object value = fields.get(name);
        if (!(value instanceof String s) || s.isBlank()) {
            throw new IllegalArgumentException("'" + name + "' is required and must be a non-empty string");
        }
        return s;
    }

    private static String matching(String value, Pattern shape, String name) {
        if (!shape.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + name + "' must match " + shape.pattern() + ": " + value);
        }
        return value;
    }

    private static Pattern compile(String regex) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("regex does not compile: " + e.getMessage().replace('\n', ' '), e);
        }
    }

    private static int integer(Map<?, ?> fields, String name, int fallback) {
        Object value = fields.get(name);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Integer i)) {
            throw new IllegalArgumentException("'" + name + "' must be an integer");
        }
        return i;
    }

    private static double number(Map<?, ?> fields, String name, double fallback) {
        Object value = fields.get(name);
        if (value == null) {
            if (Double.isNaN(fallback)) {
                throw new IllegalArgumentException("'" + name + "' is required");
            }
            return fallback;
        }
        if (!(value instanceof Number n)) {
            throw new IllegalArgumentException("'" + name + "' must be a number");
        }
        return n.doubleValue();
    }

    private static double unitInterval(double value, String name) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException("'" + name + "' must be within [0, 1], was " + value);
        }
        return value;
    }

    private static List<String> strings(Object value, String name) {
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException("'" + name + "' must be a list of strings");
        }
        List<String> strings = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof String s) || s.isEmpty()) {
                throw new IllegalArgumentException("'" + name + "' must hold non-empty strings only, found: " + item);
            }
            strings.add(s);
        }
        return strings;
    }

    private static List<String> keywords(Map<?, ?> fields) {
        List<String> keywords = strings(fields.get("keywords"), "keywords");
        if (keywords.isEmpty()) {
            throw new IllegalArgumentException("'keywords' needs at least one keyword: the regex only runs when one occurs");
        }
        for (String keyword : keywords) {
            if (!keyword.equals(keyword.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("keyword must be lower case (it is matched against lower-cased text): "
                        + keyword);
            }
        }
        return List.copyOf(new LinkedHashSet<>(keywords));
    }

    private static Set<String> issuerDomains(Map<?, ?> fields) {
        if (!fields.containsKey("issuer_domains")) {
            return Set.of();
        }
        Set<String> domains = new LinkedHashSet<>();
        for (String domain : strings(fields.get("issuer_domains"), "issuer_domains")) {
            domains.add(matching(domain, DOMAIN, "issuer_domains"));
        }
        return domains;
    }

    private static Optional<SecretValidator> validator(Map<?, ?> fields) {
        if (!fields.containsKey("validator")) {
            return Optional.empty();
        }
        String name = requiredString(fields, "validator");
        return Optional.of(ValidatorRegistry.byName(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown validator '" + name + "' (known: " + ValidatorRegistry.names() + ")")));
    }

    private static RuleExamples examples(Object value) {
        if (!(value instanceof Map<?, ?> examples)) {
            throw new IllegalArgumentException("'examples' with 'match' and 'no_match' lists is required");
        }
        for (Object key : examples.keySet()) {
            if (!"match".equals(key) && !"no_match".equals(key)) {
                throw new IllegalArgumentException("unknown field 'examples." + key + "' (known: match, no_match)");
            }
        }
        if (!(examples.get("match") instanceof List<?> matchList) || matchList.isEmpty()) {
            throw new IllegalArgumentException("'examples.match' needs at least one example");
        }
        List<MatchExample> match = new ArrayList<>();
        for (Object item : matchList) {
            match.add(matchExample(item));
        }
        List<String> noMatch = strings(examples.get("no_match"), "examples.no_match");
        if (noMatch.isEmpty()) {
            throw new IllegalArgumentException("'examples.no_match' needs at least one example");
        }
        return new RuleExamples(match, noMatch);
    }

    private static MatchExample matchExample(Object item) {
        if (item instanceof String text && !text.isEmpty()) {
            return new MatchExample(text, text);
        }
        if (item instanceof Map<?, ?> map && map.get("text") instanceof String text
                && map.get("secret") instanceof String secret && !secret.isEmpty() && map.size() == 2) {
            return new MatchExample(text, secret);
        }
        throw new IllegalArgumentException("a match example is a string, or {text, secret} with the secret inside text: "
                + item);
    }
}
