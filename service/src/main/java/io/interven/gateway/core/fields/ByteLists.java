package io.interven.gateway.core.fields;

import java.util.Optional;

/**
 * A list of byte values written as a JSON or Python array ({@code [103, 104, 112, 95, …]}: {@code list(b"…")}, a
 * {@code Uint8Array}, a Java {@code byte[]} printed): the text its bytes spell, UTF-8 or UTF-16, when it is mostly
 * printable and holds a letter. Without this reading such an array is a JSON array of numbers, each read alone.
 */
final class ByteLists {
    /** The fewest values that make a list read as bytes. */
    static final int MIN_VALUES = 8;

    private ByteLists() {
    }

    /** The text the list spells and how its values were separated; empty when the text is no such list. */
    record Read(String text, String separator, TextBytes form) {
    }

    static boolean mayBe(String text) {
        int n = text.length();
        return n >= 2 * MIN_VALUES + 1 && text.charAt(0) == '[' && text.charAt(n - 1) == ']'
                && text.charAt(1) >= '0' && text.charAt(1) <= '9';
    }

    static Optional<Read> read(String text) {
        if (!mayBe(text)) {
            return Optional.empty();
        }
        byte[] bytes = new byte[text.length() / 2];
        int count = 0;
        int value = -1;
        String separator = text.contains(", ") ? ", " : ",";
        for (int i = 1; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                value = value < 0 ? c - '0' : value * 10 + (c - '0');
                if (value > 255) {
                    return Optional.empty();
                }
            } else if (c == ',' && value >= 0) {
                bytes[count++] = (byte) value;
                value = -1;
            } else if (c != ' ' || value >= 0 && text.charAt(i - 1) != ',') {
                return Optional.empty(); // anything but digits, commas and the spaces after them
            }
        }
        if (value < 0) {
            return Optional.empty();
        }
        bytes[count++] = (byte) value;
        if (count < MIN_VALUES) {
            return Optional.empty();
        }
        return TextBytes.printable(java.util.Arrays.copyOf(bytes, count)).filter(read -> hasLetter(read.text()))
                .map(read -> new Read(read.text(), separator, read.form()));
    }

    /** The text written back as a list of its bytes, as the list was written. */
    static String write(String text, String separator, TextBytes form) {
        StringBuilder out = new StringBuilder("[");
        for (byte b : form.bytesOf(text)) {
            if (out.length() > 1) {
                out.append(separator);
            }
            out.append(b & 0xff);
        }
        return out.append(']').toString();
    }

    private static boolean hasLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
