package io.interven.plugin.pii;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers about field names, kept from call to call because field names repeat ({@code sha}, {@code customer_email}):
 * at most {@link #CAPACITY} names, and only names shaped like field names. A JSON key can itself be personal data
 * (an e-mail address, a phone or card number, a person's name with a space in it used as a key), and what is kept
 * here stays in the process's memory: such keys are answered every time instead of kept.
 */
final class RememberedKeys<V> {
    static final int CAPACITY = 4096;
    private static final int MAX_NAME_LENGTH = 40;
    /** A run of this many digits in a name is a number, not part of a field name ({@code line2}, {@code v1_id}). */
    private static final int MAX_DIGIT_RUN = 3;

    private final Map<String, V> answers = new ConcurrentHashMap<>();

    /** The answer kept for {@code key}, or null. */
    V get(String key) {
        return answers.get(key);
    }

    /** Keeps {@code answer} for {@code key} when the key is shaped like a field name and there is room. */
    void keep(String key, V answer) {
        if (answers.size() < CAPACITY && isFieldNameShaped(key)) {
            answers.put(key, answer);
        }
    }

    int size() {
        return answers.size();
    }

    /**
     * ASCII letters, digits, {@code _ - . $ [ ]} only, at most {@link #MAX_NAME_LENGTH} characters and no run of
     * more than {@link #MAX_DIGIT_RUN} digits: no {@code @}, no space, no long number.
     */
    static boolean isFieldNameShaped(String key) {
        if (key.isEmpty() || key.length() > MAX_NAME_LENGTH) {
            return false;
        }
        int digitRun = 0;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            digitRun = digit ? digitRun + 1 : 0;
            if (digitRun > MAX_DIGIT_RUN) {
                return false;
            }
            if (!(digit || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '-' || c == '.'
                    || c == '$' || c == '[' || c == ']')) {
                return false;
            }
        }
        return true;
    }
}
