package io.interven.gateway.core.fields;

/**
 * The key a value read from a run inside a text is filed under: the text's own key, then the words just before the
 * run on its line (at most {@value #REACH} characters). A recognizer that needs a context word sees it as it would
 * beside the value written plainly: {@code ssn 5 3 6 2 2 8 7 1 4} is read as {@code 536228714} under
 * {@code text ssn}, and {@code password: h u n t e r 2 x} as a value under a name that announces a password. The key
 * is what detectors read beside a value; it is never stored.
 */
final class RunContext {
    static final int REACH = 32;

    private RunContext() {
    }

    static String keyOf(String key, String text, int start) {
        int from = start;
        while (from > 0 && start - from < REACH && text.charAt(from - 1) != '\n') {
            from--;
        }
        if (from > 0 && text.charAt(from - 1) != '\n') {
            while (from < start && Character.isLetterOrDigit(text.charAt(from))) {
                from++; // a word cut by the reach is left out
            }
        }
        String words = text.substring(from, start).strip();
        if (words.isEmpty()) {
            return key;
        }
        return key == null || key.isEmpty() ? words : key + " " + words;
    }
}
