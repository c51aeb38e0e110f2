package io.interven.spi;

import java.math.BigDecimal;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A plugin's settings: {@code plugins.config.<plugin-id>} of the gateway's config.yml, handed to
 * {@link Configurable#configure} at start. Immutable and thread-safe.
 *
 * <p>Values are read with typed getters. A missing required key or a value of the wrong kind throws
 * {@link InvalidPluginSettings} naming the key (with its section, {@code rules.github.weight}) and the problem, never
 * the value. Scalars are read leniently, since a setting may come from a YAML number or from a text override
 * ({@code -Ddw.plugins.config.acme.weight=0.7}): {@link #integer} accepts {@code 5} and {@code "5"}, {@link #flag}
 * accepts {@code true} and {@code "true"}, and {@link #list} accepts a YAML list or a comma-separated text.
 *
 * <p>{@link #toString()} lists the keys only: a setting may hold a credential.
 */
public final class PluginSettings {
    private static final PluginSettings EMPTY = new PluginSettings("", Map.of());

    private final String prefix;
    private final Map<String, Object> values;

    private PluginSettings(String prefix, Map<String, Object> values) {
        this.prefix = prefix;
        this.values = values;
    }

    /** No settings at all. */
    public static PluginSettings empty() {
        return EMPTY;
    }

    /**
     * Settings from plain Java values: texts, numbers, booleans, lists of them, and maps with text keys (sections).
     * Entries whose value is null are left out. Copied deeply; later changes to {@code values} are not seen.
     *
     * @throws IllegalArgumentException naming the key of a value of another type
     */
    public static PluginSettings of(Map<String, ?> values) {
        return values == null || values.isEmpty() ? EMPTY : new PluginSettings("", copyOf("", values));
    }

    /** True when there is no setting. */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The keys of this level, in their order in the file. */
    public Set<String> keys() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(values.keySet()));
    }

    /** True when {@code key} has a value. */
    public boolean has(String key) {
        return values.containsKey(key);
    }

    /** A required text (a number or boolean is read as its text). */
    public String string(String key) {
        return optionalString(key).orElseThrow(() -> missing(key));
    }

    /** A text, or {@code defaultValue} when the key is absent. */
    public String string(String key, String defaultValue) {
        return optionalString(key).orElse(defaultValue);
    }

    /** A text, empty when the key is absent; a blank text is refused. */
    public Optional<String> optionalString(String key) {
        Object value = values.get(key);
        if (value == null) {
            return Optional.empty();
        }
        String text = scalar(key, value, "a text");
        if (text.isBlank()) {
            throw invalid(key, "must not be blank");
        }
        return Optional.of(text);
    }

    /** A required whole number within the range of {@code int}. */
    public int integer(String key) {
        return optionalInteger(key).orElseThrow(() -> missing(key));
    }

    /** A whole number, or {@code defaultValue} when the key is absent. */
    public int integer(String key, int defaultValue) {
        return optionalInteger(key).orElse(defaultValue);
    }

    /** A whole number, empty when the key is absent. */
    public Optional<Integer> optionalInteger(String key) {
        Object value = values.get(key);
        if (value == null) {
            return Optional.empty();
        }
        String text = scalar(key, value, "a whole number").strip();
        try {
            return Optional.of(new BigDecimal(text).intValueExact());
        } catch (ArithmeticException | NumberFormatException e) {
            throw invalid(key, "must be a whole number between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE);
        }
    }

    /** A required finite number such as {@code 0.75}. */
    public double decimal(String key) {
        return optionalDecimal(key).orElseThrow(() -> missing(key));
    }

    /** A finite number, or {@code defaultValue} when the key is absent. */
    public double decimal(String key, double defaultValue) {
        return optionalDecimal(key).orElse(defaultValue);
    }

    /** A finite number, empty when the key is absent. */
    public Optional<Double> optionalDecimal(String key) {
        Object value = values.get(key);
        if (value == null) {
            return Optional.empty();
        }
        String text = scalar(key, value, "a number").strip();
        try {
            double number = new BigDecimal(text).doubleValue();
            if (Double.isFinite(number)) {
                return Optional.of(number);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw invalid(key, "must be a number");
    }

    /** {@code true} or {@code false} (any letter case), or {@code defaultValue} when the key is absent. */
    public boolean flag(String key, boolean defaultValue) {
        Object value = values.get(key);
        if (value == null) {
            return defaultValue;
        }
        String text = scalar(key, value, "true or false").strip().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw invalid(key, "must be true or false");
        };
    }

    /**
     * A list of texts: a YAML list of scalars, or a text split at commas (each item stripped of blanks, empty items
     * dropped). Empty when the key is absent.
     */
    public List<String> list(String key) {
        Object value = values.get(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> items) {
            List<String> texts = new ArrayList<>(items.size());
            for (Object item : items) {
                if (item instanceof Map || item instanceof List) {
                    throw invalid(key, "must be a list of texts, not of sections or lists");
                }
                texts.add(textOf(item));
            }
            return List.copyOf(texts);
        }
        String text = scalar(key, value, "a list");
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** A required file-system path, as given (relative paths are relative to the gateway's working folder). */
    public Path path(String key) {
        return optionalPath(key).orElseThrow(() -> missing(key));
    }

    /** A file-system path, empty when the key is absent. Whether it exists is for the plugin to check. */
    public Optional<Path> optionalPath(String key) {
        Optional<String> text = optionalString(key);
        try {
            return text.map(Path::of);
        } catch (InvalidPathException e) {
            throw invalid(key, "is not a valid path");
        }
    }

    /** The settings under {@code key} (a YAML map); empty when the key is absent. Its errors name the full key. */
    public PluginSettings section(String key) {
        Object value = values.get(key);
        if (value == null) {
            return new PluginSettings(prefix + key + ".", Map.of());
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw invalid(key, "must be a section (a map of settings)");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> section = (Map<String, Object>) map;
        return new PluginSettings(prefix + key + ".", section);
    }

    /** Refuses a key of this level that is not one of {@code known}, usually a typo. */
    public void rejectUnknownKeys(String... known) {
        Set<String> allowed = Set.of(known);
        for (String key : values.keySet()) {
            if (!allowed.contains(key)) {
                throw invalid(key, "is not a setting of this plugin (known: " + String.join(", ", known) + ")");
            }
        }
    }

    /** The exception to throw for a value of {@code key} that the plugin's own checks refuse. */
    public InvalidPluginSettings invalid(String key, String problem) {
        return new InvalidPluginSettings(prefix + key, problem);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PluginSettings that && prefix.equals(that.prefix) && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return prefix.hashCode() * 31 + values.hashCode();
    }

    /** The keys, never the values. */
    @Override
    public String toString() {
        return "PluginSettings" + (prefix.isEmpty() ? "" : "[" + prefix.substring(0, prefix.length() - 1) + "]")
                + values.keySet();
    }

    private InvalidPluginSettings missing(String key) {
        return invalid(key, "is required");
    }

    private String scalar(String key, Object value, String expected) {
        if (value instanceof Map || value instanceof List) {
            throw invalid(key, "must be " + expected + ", not a " + (value instanceof Map ? "section" : "list"));
        }
        return textOf(value);
    }

    private static String textOf(Object scalar) {
        return scalar instanceof BigDecimal big ? big.toPlainString() : scalar.toString();
    }

    private static Map<String, Object> copyOf(String prefix, Map<String, ?> values) {
        Map<String, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<String, ?> entry : values.entrySet()) {
            String key = entry.getKey();
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException(prefix.isEmpty() ? "a setting has a blank key"
                        : "setting " + prefix.substring(0, prefix.length() - 1) + " has a blank key");
            }
            Object value = copyOfValue(prefix + key, entry.getValue());
            if (value != null) {
                copy.put(key, value);
            }
        }
        return Collections.unmodifiableMap(copy);
    }

    private static Object copyOfValue(String key, Object value) {
        if (value == null || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Number number) {
            return number instanceof Integer || number instanceof Long || number instanceof Double
                    || number instanceof BigDecimal ? number : new BigDecimal(number.toString());
        }
        if (value instanceof List<?> list) {
            List<Object> items = new ArrayList<>(list.size());
            for (Object item : list) {
                Object copied = copyOfValue(key + "[]", item);
                if (copied != null) {
                    items.add(copied);
                }
            }
            return List.copyOf(items);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> section = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String)) {
                    throw new IllegalArgumentException("setting " + key + " has a key that is not a text");
                }
                section.put((String) entry.getKey(), entry.getValue());
            }
            return copyOf(key + ".", section);
        }
        throw new IllegalArgumentException("setting " + key + " has an unsupported type "
                + value.getClass().getName());
    }
}
