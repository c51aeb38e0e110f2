package io.interven.plugin.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TextProfileTest {

    @Test
    void countsWhatAFieldHolds() {
        TextProfile profile = TextProfile.of("Call +1 (503) 937-4811 x12 or jane@acme.io at 10:30, DE89 3704");
        assertThat(profile.hasAt).isTrue();
        assertThat(profile.hasX).isTrue();
        assertThat(profile.longestPhoneDigits).isEqualTo(11);
        assertThat(profile.ibanStart).isTrue();
        assertThat(profile.upperCaseLetters).isEqualTo(3);
        assertThat(profile.colons).isEqualTo(1);
    }

    /** The profile equals the one of the character-by-character pass it replaces, on random texts. */
    @Test
    void equalsTheCharacterByCharacterPass() {
        String[] pieces = {"a", "x", "the", "box", "extension", "Z", "AB", "DE", "Q", "1", "12", "4811", " ", "-", ".",
            "(", ")", "@", ":", "\u00A0", "\u00E9", "\u00DF", "_", "/", "+", "\n", "xx", "ab12", "Ab12", "aB12", "9x",
            "GB82", "5f3a", "de", "DE", "9c1b2d4e6f", "e45f", "0", "deadbeef", "17000001234", "8f14e45f-ceea"};
        Random random = new Random(29);
        for (int round = 0; round < 50_000; round++) {
            StringBuilder text = new StringBuilder();
            int count = random.nextInt(14);
            for (int i = 0; i < count; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = text.toString();
            for (TextProfile.DigitPass pass : TextProfile.DigitPass.values()) {
                assertThat(values(TextProfile.of(s, pass))).as("%s, %s", s, pass).containsExactly(reference(s));
            }
        }
    }

    /** Counts go past what one block of the counting pass holds (16 bits a count), on texts of 70,000 characters. */
    @Test
    void equalsTheCharacterByCharacterPassOnLongTexts() {
        String[] pieces = {"1", "12", "AB", "Q", ".", ":", " ", "the ", "x", "-", "GB82 ", "\u00A0", "(", ")"};
        Random random = new Random(31);
        for (int round = 0; round < 6; round++) {
            StringBuilder text = new StringBuilder();
            String only = round < 4 ? pieces[round] : null; // one character a very long run of, then a mix
            while (text.length() < 70_000) {
                text.append(only != null ? only : pieces[random.nextInt(pieces.length)]);
            }
            String s = text.toString();
            for (TextProfile.DigitPass pass : TextProfile.DigitPass.values()) {
                assertThat(values(TextProfile.of(s, pass))).as("round %d, %s", round, pass)
                        .containsExactly(reference(s));
            }
        }
    }

    private static int[] values(TextProfile p) {
        return new int[] {p.digits, p.longestGroupedDigits, p.hasAt ? 1 : 0, p.dots, p.colons, p.ibanStart ? 1 : 0,
            p.upperCaseLetters, p.longestPhoneDigits, p.hasX ? 1 : 0};
    }

    static int[] reference(String text) {
        int digits = 0;
        int longest = 0;
        int chain = 0;
        int lastDigit = -3;
        boolean at = false;
        int dots = 0;
        int colons = 0;
        int upper = 0;
        int phoneDigits = 0;
        int longestPhone = 0;
        boolean x = false;
        int n = text.length();
        boolean inPhoneStretch = false;
        boolean phoneStretchFree = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z') { // the common case first
                inPhoneStretch = false;
                if (c == 'x') {
                    x = true;
                }
                continue;
            }
            boolean digit = c >= '0' && c <= '9';
            if (digit || isPhoneSeparatorRef(c)) {
                if (!inPhoneStretch) {
                    inPhoneStretch = true;
                    phoneDigits = 0;
                    // A stretch glued to a word: the phone number pattern's first run in it takes all its digits
                    // and does not stand alone (PhoneNumberShape.standsAlone).
                    phoneStretchFree = !(digit && i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)));
                }
                if (digit) {
                    phoneDigits++;
                    if (phoneStretchFree && phoneDigits > longestPhone) {
                        longestPhone = phoneDigits;
                    }
                }
            } else {
                inPhoneStretch = false;
            }
            if (digit) {
                digits++;
                if (lastDigit == i - 1 || lastDigit == i - 2 && isGroupSeparatorRef(text.charAt(i - 1))) {
                    chain++;
                } else {
                    chain = 1;
                }
                lastDigit = i;
                if (chain > longest) {
                    longest = chain;
                }
                continue;
            }
            if (c >= 'A' && c <= 'Z') {
                upper++;
                continue;
            }
            if (c == '@') {
                at = true;
            } else if (c == '.') {
                dots++;
            } else if (c == ':') {
                colons++;
            }
        }
        // where an IBAN can start: the recognizer's own expression is the reference
        int ibanStart = IbanRecognizer.START.matcher(text).find() ? 1 : 0;
        return new int[] {digits, longest, at ? 1 : 0, dots, colons, ibanStart, upper, longestPhone, x ? 1 : 0};
    }


    private static boolean isPhoneSeparatorRef(char c) {
        return c == ' ' || c == '\u00A0' || c == '(' || c == ')' || c == '.' || c == '-';
    }

    private static boolean isGroupSeparatorRef(char c) {
        return c == ' ' || c == '-';
    }
}
