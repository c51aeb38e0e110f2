package io.interven.gateway.core.fields;

import java.math.BigDecimal;

/**
 * The text detectors see for a JSON number: its plain digits, never an exponent form, so that a card number sent
 * as {@code 4111111111111111.0} or {@code 4.111111111111111E15} reads {@code 4111111111111111}. An integral value
 * is its integer digits; any other value its plain decimal form. A number whose plain form would be longer than
 * {@link #MAX_PLAIN_DIGITS} digits (such as {@code 1e999999}) keeps its scientific form: no detector looks for
 * such values, and expanding them would cost what the sender chose.
 */
public final class JsonNumbers {
    static final int MAX_PLAIN_DIGITS = 64;

    private JsonNumbers() {
    }

    public static String plainText(BigDecimal value) {
        BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        int integerDigits = stripped.precision() - stripped.scale();
        if (integerDigits > MAX_PLAIN_DIGITS || stripped.scale() > MAX_PLAIN_DIGITS) {
            return stripped.toString();
        }
        return stripped.scale() <= 0 ? stripped.toBigIntegerExact().toString() : stripped.toPlainString();
    }

    /** The plain text of a number as written in JSON ({@code -12.50e2}); the literal itself when not a number. */
    public static String plainText(String literal) {
        try {
            return plainText(new BigDecimal(literal));
        } catch (NumberFormatException | ArithmeticException e) {
            return literal;
        }
    }
}
