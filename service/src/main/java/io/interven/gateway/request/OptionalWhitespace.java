package io.interven.gateway.request;

/**
 * HTTP's optional white space (RFC 9110 section 5.6.3: spaces and horizontal tabs) around a header value or a list
 * member. Only those two characters are stripped: {@link String#strip()} and {@link String#trim()} would also remove
 * other characters, and a value carrying them must be read as it was sent.
 */
public final class OptionalWhitespace {

    private OptionalWhitespace() {
    }

    /** {@code text} without the spaces and tabs around it. */
    public static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }
}
