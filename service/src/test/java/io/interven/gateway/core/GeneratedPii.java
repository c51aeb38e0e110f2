package io.interven.gateway.core;

import java.math.BigInteger;
import java.util.Random;

/** Random PII values that pass the detectors' checks: Luhn-valid Visa numbers, valid SSNs and IBANs, addresses. */
final class GeneratedPii {
    private GeneratedPii() {
    }

    static String email(Random random) {
        return GeneratedSecrets.chars(random, GeneratedSecrets.LOWER, 5) + "."
                + GeneratedSecrets.chars(random, GeneratedSecrets.LOWER, 6) + "@corp-"
                + GeneratedSecrets.chars(random, GeneratedSecrets.LOWER, 5) + ".com";
    }

    /** A 16-digit Visa number with a valid Luhn check digit. */
    static String visaCard(Random random) {
        String body = "4" + GeneratedSecrets.chars(random, GeneratedSecrets.DIGITS, 14);
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            int digit = body.charAt(body.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return body + (10 - sum % 10) % 10;
    }

    /** {@code AAA-GG-SSSS} with an area in 100-665, a non-zero group and serial. */
    static String ssn(Random random) {
        return (100 + random.nextInt(566)) + "-" + String.format("%02d", 10 + random.nextInt(89)) + "-"
                + (1000 + random.nextInt(9000));
    }

    /** A German IBAN (22 characters) with valid ISO 7064 mod 97-10 check digits. */
    static String germanIban(Random random) {
        String account = GeneratedSecrets.chars(random, GeneratedSecrets.DIGITS, 18);
        BigInteger rearranged = new BigInteger(account + "1314" + "00");
        int check = 98 - rearranged.mod(BigInteger.valueOf(97)).intValue();
        return "DE" + String.format("%02d", check) + account;
    }
}
