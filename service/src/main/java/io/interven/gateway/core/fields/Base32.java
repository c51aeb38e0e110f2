package io.interven.gateway.core.fields;

/** RFC 4648 base32, written out here: the JDK has none. Five bits a character, eight characters a group of 5 bytes. */
final class Base32 {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private Base32() {
    }

    /** Whether {@code length} characters, padding left off, end on a whole byte (2, 4, 5, 7 or 8 in the last group). */
    static boolean isWholeLength(int length) {
        int rest = length % 8;
        return rest == 0 || rest == 2 || rest == 4 || rest == 5 || rest == 7;
    }

    /**
     * True when the first {@code end} characters are base32 in capitals, false in small letters, null when they are
     * not base32 in one case (a character outside the alphabet, or both cases).
     */
    static Boolean letterCase(String text, int end) {
        boolean upper = false;
        boolean lower = false;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c < '2' || c > '7') {
                return null;
            }
        }
        return upper && lower ? null : !lower;
    }

    /** The bytes of the first {@code end} characters, which {@link #letterCase} accepted. */
    static byte[] decode(String text, int end) {
        byte[] bytes = new byte[end * 5 / 8];
        long buffer = 0;
        int bits = 0;
        int n = 0;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            int value = c >= 'a' ? c - 'a' : c >= 'A' ? c - 'A' : c - '2' + 26;
            buffer = buffer << 5 | value;
            bits += 5;
            if (bits >= 8) {
                bits -= 8;
                bytes[n++] = (byte) (buffer >> bits);
            }
        }
        return bytes;
    }

    /** The bytes in base32, padded to whole groups or not, in capitals or small letters. */
    static String encode(byte[] bytes, boolean padded, boolean upperCase) {
        StringBuilder out = new StringBuilder((bytes.length * 8 + 4) / 5 + 8);
        long buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = buffer << 8 | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                bits -= 5;
                out.append(ALPHABET.charAt((int) (buffer >> bits) & 31));
            }
        }
        if (bits > 0) {
            out.append(ALPHABET.charAt((int) (buffer << (5 - bits)) & 31));
        }
        while (padded && out.length() % 8 != 0) {
            out.append('=');
        }
        String written = out.toString();
        return upperCase ? written : written.toLowerCase(java.util.Locale.ROOT);
    }
}
