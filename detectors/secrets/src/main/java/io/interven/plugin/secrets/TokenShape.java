package io.interven.plugin.secrets;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape of a provider's token as written in {@code providers.tsv}: an alphabet and a length range
 * ({@code hex32}, {@code alnum20-40}, {@code token32-64}, {@code b64_40}), or one of the fixed shapes {@code uuid} and
 * {@code jwt}, optionally after a literal prefix ({@code sk_+hex32}: {@code sk_} then 32 hex digits). A value has the
 * shape when every character is in the alphabet and its length is in the range; values of
 * letters only, or of hex digits without a letter or a digit, are words and numbers rather than tokens.
 *
 * <ul>
 * <li>{@code hex}: {@code [0-9a-fA-F]}, with at least one letter and one digit;</li>
 * <li>{@code alnum}: {@code [A-Za-z0-9]}, two of lower case, upper case and digits;</li>
 * <li>{@code token}: {@code [A-Za-z0-9_-]}, two of lower case, upper case and digits;</li>
 * <li>{@code b64}: {@code [A-Za-z0-9+/]} then at most two {@code =}, two of lower case, upper case and digits;</li>
 * <li>{@code uuid}: 8-4-4-4-12 hex digits;</li>
 * <li>{@code jwt}: three base64url segments separated by dots, the first starting with {@code eyJ}, 40 to 2048
 * characters.</li>
 * </ul>
 */
record TokenShape(String name, String prefix, Alphabet alphabet, int minLength, int maxLength) {
    static final int LONGEST = 1024;
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9_.\\-]{1,16}");
    private static final Pattern SPEC = Pattern.compile("(hex|alnum|token|b64)_?(\\d{1,4})(?:-(\\d{1,4}))?");
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_\\-]{10,1000}\\.[A-Za-z0-9_\\-]{2,1000}\\.[A-Za-z0-9_\\-]{10,1000}");

    enum Alphabet { HEX, ALNUM, TOKEN, B64, UUID, JWT }

    /** The shape written as {@code spec}; throws {@link IllegalArgumentException} when it is not one. */
    static TokenShape parse(String spec) {
        int plus = spec.indexOf('+');
        if (plus > 0) {
            String prefix = spec.substring(0, plus);
            if (!PREFIX.matcher(prefix).matches()) {
                throw new IllegalArgumentException("token shape prefix '" + prefix + "' must match " + PREFIX.pattern());
            }
            TokenShape rest = parse(spec.substring(plus + 1));
            return new TokenShape(spec, prefix, rest.alphabet, rest.minLength, rest.maxLength);
        }
        if (spec.equals("uuid")) {
            return new TokenShape(spec, "", Alphabet.UUID, 36, 36);
        }
        if (spec.equals("jwt")) {
            return new TokenShape(spec, "", Alphabet.JWT, 40, LONGEST);
        }
        Matcher m = SPEC.matcher(spec);
        if (!m.matches()) {
            throw new IllegalArgumentException("unknown token shape '" + spec + "'");
        }
        int min = Integer.parseInt(m.group(2));
        int max = m.group(3) == null ? min : Integer.parseInt(m.group(3));
        if (min < 12 || max < min || max > 512) {
            throw new IllegalArgumentException("token shape '" + spec + "' needs 12 <= min <= max <= 512");
        }
        return new TokenShape(spec, "", Alphabet.valueOf(m.group(1).toUpperCase(java.util.Locale.ROOT)), min, max);
    }

    /** The longest value of this shape, prefix included. */
    int longest() {
        return prefix.length() + maxLength;
    }

    /** Whether {@code value} has this shape. */
    boolean fits(String value) {
        if (!value.startsWith(prefix)) {
            return false;
        }
        return bodyFits(value.substring(prefix.length()));
    }

    private boolean bodyFits(String value) {
        int length = value.length();
        if (length < minLength || length > maxLength) {
            return false;
        }
        switch (alphabet) {
            case UUID:
                return UUID.matcher(value).matches();
            case JWT:
                return JWT.matcher(value).matches();
            default:
                break;
        }
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        int padding = 0;
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (padding > 0 && c != '=') {
                return false;
            }
            if (c >= 'a' && c <= 'z') {
                lower = true;
                if (alphabet == Alphabet.HEX && c > 'f') {
                    return false;
                }
            } else if (c >= 'A' && c <= 'Z') {
                upper = true;
                if (alphabet == Alphabet.HEX && c > 'F') {
                    return false;
                }
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else if (!inAlphabet(c)) {
                return false;
            } else if (c == '=') {
                padding++;
            }
        }
        if (padding > 2) {
            return false;
        }
        if (alphabet == Alphabet.HEX) {
            return digit && (lower || upper);
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) >= 2;
    }

    private boolean inAlphabet(char c) {
        return switch (alphabet) {
            case TOKEN -> c == '_' || c == '-';
            case B64 -> c == '+' || c == '/' || c == '=';
            default -> false;
        };
    }

    /** Whether {@code c} can be part of a value of any shape: where the run of a candidate value ends. */
    static boolean isValueChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
                || c == '+' || c == '/' || c == '=' || c == '.';
    }

    /** The entropy floor of this shape when an entry names none: hex reaches 4 bits per character, others about 5; the provider's
     * name beside the value already rules out most lookalikes, so the floor only keeps out filler and words. */
    double defaultMinEntropy() {
        return switch (alphabet) {
            case HEX -> minLength >= 32 ? 3.0 : 2.8;
            case UUID -> 3.0;
            case JWT -> 4.0;
            default -> minLength >= 24 ? 3.6 : 3.2;
        };
    }
}
