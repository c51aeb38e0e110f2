package io.interven.plugin.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Base58 decoding, checked against the plain big-integer definition on random texts. */
class Base58CheckTest {
    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    @Test
    void decodesAsTheBigIntegerDefinitionDoes() {
        Random random = new Random(17);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int leadingOnes = random.nextInt(4) == 0 ? random.nextInt(4) : 0;
            text.append("1".repeat(leadingOnes));
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append(random.nextInt(200) == 0 ? "0OIl-".charAt(random.nextInt(5))
                        : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String s = text.toString();
            assertThat(Base58Check.decode(s)).as(s).isEqualTo(reference(s));
        }
    }

    @Test
    void knowsAValidAddressFromOneWithAChangedCharacter() {
        assertThat(Base58Check.isBitcoinAddress("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2")).isTrue();
        assertThat(Base58Check.isBitcoinAddress("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy")).isTrue();
        assertThat(Base58Check.isBitcoinAddress("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3")).isFalse();
        assertThat(Base58Check.decode("111")).containsExactly(0, 0, 0);
        assertThat(Base58Check.decode("")).isEmpty();
        assertThat(Base58Check.decode("1O1")).isNull();
    }

    /** The definition: leading 1s are zero bytes, the rest a base-58 number written big-endian without a sign. */
    private static byte[] reference(String text) {
        BigInteger value = BigInteger.ZERO;
        int zeros = 0;
        boolean leading = true;
        for (int i = 0; i < text.length(); i++) {
            int digit = ALPHABET.indexOf(text.charAt(i));
            if (digit < 0) {
                return null;
            }
            if (leading && digit == 0) {
                zeros++;
            } else {
                leading = false;
            }
            value = value.multiply(BigInteger.valueOf(58)).add(BigInteger.valueOf(digit));
        }
        byte[] magnitude = value.signum() == 0 ? new byte[0] : value.toByteArray();
        int skip = magnitude.length > 0 && magnitude[0] == 0 ? 1 : 0;
        byte[] out = new byte[zeros + magnitude.length - skip];
        System.arraycopy(magnitude, skip, out, zeros, magnitude.length - skip);
        return out;
    }
}
