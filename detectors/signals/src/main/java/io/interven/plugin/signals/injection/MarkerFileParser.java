package io.interven.plugin.signals.injection;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads {@code injection-markers.yaml}: {@code fillers} (words dropped from every text before matching: articles
 * and the like, so that "ignore all the previous instructions" is "ignore previous instructions") and
 * {@code markers}, each with {@code id}, {@code language}, {@code phrases} and {@code examples}
 * ({@code match}, {@code no_match}).
 *
 * <p>A phrase is words separated by spaces. A word may be alternatives ({@code previous|prior|above}); in square
 * brackets it is optional ({@code [your|the]}); an underscore joins several words into one alternative
 * ({@code system_prompt|systemprompt}). Every phrase expands to word sequences at load time, at most
 * {@link #MAX_SEQUENCES_PER_PHRASE} each. Any problem fails the file, naming the marker.
 */
final class MarkerFileParser {
    static final int MAX_SEQUENCES_PER_PHRASE = 4096;
    private static final Set<String> FIELDS = Set.of("id", "language", "phrases", "examples");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    /** The markers of a file and its filler words (folded). */
    record MarkerFile(List<InjectionMarker> markers, Set<String> fillers) {
    }

    private MarkerFileParser() {
    }

    static MarkerFile parse(String source, String yamlText) {
        Object document;
        try {
            document = new Yaml(new SafeConstructor(new LoaderOptions())).load(yamlText);
        } catch (YAMLException e) {
            throw new IllegalArgumentException(source + ": not valid YAML", e);
        }
        if (!(document instanceof Map<?, ?> top) || !(top.get("markers") instanceof List<?> entries)
                || entries.isEmpty()) {
            throw new IllegalArgumentException(source + ": expected a top-level 'markers:' list");
        }
        Set<String> fillers = new LinkedHashSet<>();
        if (top.get("fillers") instanceof List<?> words) {
            for (Object word : words) {
                fillers.addAll(InjectionWords.of(String.valueOf(word)));
            }
        }
        List<InjectionMarker> markers = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (Object entry : entries) {
            if (!(entry instanceof Map<?, ?> fields)) {
                throw new IllegalArgumentException(source + ": marker #" + (markers.size() + 1) + " is not a mapping");
            }
            String id = String.valueOf(fields.get("id"));
            try {
                InjectionMarker marker = marker(fields, fillers);
                if (!ids.add(marker.id())) {
                    throw new IllegalArgumentException("id used twice");
                }
                markers.add(marker);
            } catch (IllegalArgumentException | ClassCastException e) {
                throw new IllegalArgumentException(source + ": marker " + id + ": " + e.getMessage(), e);
            }
        }
        return new MarkerFile(List.copyOf(markers), Set.copyOf(fillers));
    }

    private static InjectionMarker marker(Map<?, ?> fields, Set<String> fillers) {
        for (Object key : fields.keySet()) {
            if (!FIELDS.contains(String.valueOf(key))) {
                throw new IllegalArgumentException("unknown field '" + key + "' (known: " + FIELDS + ")");
            }
        }
        String id = matching(fields.get("id"), ID, "id");
        String language = matching(fields.get("language"), LANGUAGE, "language");
        List<List<String>> sequences = new ArrayList<>();
        for (String phrase : strings(fields.get("phrases"), "phrases")) {
            sequences.addAll(expand(phrase, fillers));
        }
        Map<?, ?> examples = fields.get("examples") instanceof Map<?, ?> m ? m : Map.of();
        List<String> matches = strings(examples.get("match"), "examples.match");
        List<String> noMatches = examples.containsKey("no_match") ? strings(examples.get("no_match"),
                "examples.no_match") : List.of();
        return new InjectionMarker(id, language, List.copyOf(sequences), matches, noMatches);
    }

    /** Every word sequence a phrase stands for, filler words left out. */
    static List<List<String>> expand(String phrase, Set<String> fillers) {
        List<List<String>> sequences = new ArrayList<>();
        sequences.add(List.of());
        for (String slot : phrase.trim().split("\\s+")) {
            boolean optional = slot.startsWith("[") && slot.endsWith("]");
            String body = optional ? slot.substring(1, slot.length() - 1) : slot;
            List<List<String>> alternatives = new ArrayList<>();
            for (String alternative : body.split("\\|")) {
                List<String> words = InjectionWords.of(alternative.replace('_', ' ')).stream()
                        .filter(word -> !fillers.contains(word)).toList();
                if (words.isEmpty() && !optional) {
                    throw new IllegalArgumentException("phrase '" + phrase + "' has an empty word");
                }
                alternatives.add(words);
            }
            if (optional) {
                alternatives.add(List.of());
            }
            List<List<String>> longer = new ArrayList<>();
            for (List<String> head : sequences) {
                for (List<String> tail : alternatives) {
                    List<String> joined = new ArrayList<>(head);
                    joined.addAll(tail);
                    longer.add(joined);
                }
            }
            if (longer.size() > MAX_SEQUENCES_PER_PHRASE) {
                throw new IllegalArgumentException("phrase '" + phrase + "' expands to more than "
                        + MAX_SEQUENCES_PER_PHRASE + " word sequences");
            }
            sequences = longer;
        }
        List<List<String>> distinct = new ArrayList<>(new LinkedHashSet<>(sequences));
        if (distinct.stream().anyMatch(sequence -> sequence.size() < 2)) {
            throw new IllegalArgumentException("phrase '" + phrase + "' can match fewer than two words");
        }
        return distinct;
    }

    private static String matching(Object value, Pattern pattern, String field) {
        if (!(value instanceof String text) || !pattern.matcher(text).matches()) {
            throw new IllegalArgumentException(field + " must match " + pattern.pattern());
        }
        return text;
    }

    private static List<String> strings(Object value, String field) {
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            throw new IllegalArgumentException(field + " must be a list with at least one entry");
        }
        List<String> texts = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof String text) || text.isBlank()) {
                throw new IllegalArgumentException(field + " holds an entry that is not a text");
            }
            texts.add(text);
        }
        return texts;
    }
}
