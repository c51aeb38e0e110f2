package io.interven.plugin.pii;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.spi.DetectionContext;
import io.interven.spi.FieldLocation;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The phone number recognizer's shortcuts (runs sieved before libphonenumber reads them, regions skipped once a run
 * is settled) change no answer: on thousands of random phone-like runs, between words that make them phones, ids
 * or neither, the recognizer finds exactly what it finds reading every run in every region. Card numbers are the
 * one decision of the sieve, tested on their own.
 */
class PhoneRunShortcutsTest {
    private static final String[] BEFORE = {"", "call ", "phone: ", "tel ", "reach me on ", "fax ", "ref ", "order ",
        "id ", "invoice no. ", "the ", "host ", "at ", "version ", "ssn ", "see ", "office (", "build ", "x "};
    private static final String[] AFTER = {"", " now", " (office)", ".", ", thanks", " Rissik St", " ext. 12", " x459",
        "-", ") ok", " or", "/", ":", " and later"};
    private static final String[] KEYS = {"text", "phone", "order_id", "note", "contact_number", "ref"};
    private static final String[] SEPARATORS = {" ", " ", "-", "-", ".", " - ", "(", ") ", "/", ""};
    private static final String[] KNOWN = {"(503) 937-4811", "+49 30 98739104", "020 3661 4926", "06.28.89.62.08",
        "+1-984-182-0190", "0049 30 84264741", "011 44 20 3661 4926", "+44 (0)20 3661 4926", "98765 43210",
        "+91 98765 43210", "0412 345 678", "+61 412 345 678", "612 34 56 78", "030 98739104", "1-800-555-0199",
        "10.0.12.254", "123-45-6789", "2024-000123", "4111 1111 1111 1111", "1234 5678 9012", "12 34 56 78 90"};

    private final PhoneNumberRecognizer fast = new PhoneNumberRecognizer();
    private final PhoneNumberRecognizer full = PhoneNumberRecognizer.readingEveryRunInEveryRegion();

    @Test
    void theShortcutsFindWhatReadingEveryRunInEveryRegionFinds() {
        Random random = new Random(41);
        int sieved = 0;
        int withNumbers = 0;
        int compared = 0;
        for (int i = 0; i < 3_000; i++) {
            String run = i % 4 == 0 ? KNOWN[random.nextInt(KNOWN.length)] : randomRun(random);
            String before = BEFORE[random.nextInt(BEFORE.length)];
            String text = before + run + AFTER[random.nextInt(AFTER.length)];
            if (PhoneRunSieve.isCardNumber(text, before.length(), before.length() + run.length())) {
                continue;
            }
            ScanField field = new ScanField("body.x", FieldLocation.BODY, KEYS[random.nextInt(KEYS.length)], text);
            List<String> expected = spans(full.recognize(field, DetectionContext.none()));
            assertThat(spans(fast.recognize(field, DetectionContext.none()))).as("%s in %s", text, field.key())
                    .isEqualTo(expected);
            compared++;
            withNumbers += expected.isEmpty() ? 0 : 1;
            sieved += fast.sieves(field, before.length(), before.length() + run.length()) ? 1 : 0;
        }
        assertThat(compared).isGreaterThan(2_500);
        assertThat(withNumbers).as("cases where a phone number is found").isGreaterThan(compared / 10);
        assertThat(sieved).as("cases the sieve decides alone").isGreaterThan(compared / 5);
    }

    @Test
    void pastTheRunsReadOfAFieldTheShortcutsFindWhatReadingEveryRunFinds() {
        // sieved runs count as read, so the same runs as before are judged by their shape past the cap
        Random random = new Random(43);
        for (int round = 0; round < 20; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < PhoneNumberRecognizer.MAX_RUNS_READ + 40; i++) {
                String run = KNOWN[random.nextInt(KNOWN.length)];
                if (!PhoneRunSieve.isCardNumber(run, 0, run.length())) {
                    text.append(BEFORE[random.nextInt(BEFORE.length)]).append(run).append(". ");
                }
            }
            ScanField field = new ScanField("body.x", FieldLocation.BODY, "note", text.toString());
            assertThat(spans(fast.recognize(field, DetectionContext.none())))
                    .isEqualTo(spans(full.recognize(field, DetectionContext.none())));
        }
    }

    @Test
    void aRunThatIsOneCardNumberIsACardAndNoPhoneNumber() {
        for (String card : List.of("4111 1111 1111 1111", "5500-0000-0000-0004", "3782 822463 10005",
                "6011 0000 0000 0004")) {
            ScanField field = new ScanField("body.x", FieldLocation.BODY, "note", "call " + card + " (office)");
            assertThat(fast.recognize(field, DetectionContext.none())).as(card).isEmpty();
            assertThat(new CreditCardRecognizer().recognize(field)).as(card).hasSize(1);
        }
    }

    @Test
    void aRunWithACardsDigitsButNotItsChecksumOrLayoutIsStillRead() {
        assertThat(PhoneRunSieve.isCardNumber("4111 1111 1111 1112", 0, 19)).as("Luhn fails").isFalse();
        assertThat(PhoneRunSieve.isCardNumber("41 11 11 11 11 11 11 11", 0, 23)).as("pairs").isFalse();
        assertThat(PhoneRunSieve.isCardNumber("0049 3012 3456 7890", 0, 19)).as("no issuer").isFalse();
        assertThat(PhoneRunSieve.isCardNumber("call 4111 1111 1111 1111", 5, 24)).isTrue();
    }

    @Test
    void aPhoneNumberBesideACardIsStillFound() {
        ScanField field = new ScanField("body.x", FieldLocation.BODY, "note",
                "card 4111 1111 1111 1111, call (503) 937-4811");
        assertThat(spans(fast.recognize(field, DetectionContext.none()))).containsExactly("PHONE_NUMBER 31-45 0.9");
    }

    private static String randomRun(Random random) {
        StringBuilder run = new StringBuilder();
        if (random.nextInt(5) == 0) {
            run.append(random.nextBoolean() ? "+" : "(");
        }
        int groups = 1 + random.nextInt(5);
        for (int g = 0; g < groups; g++) {
            if (g > 0) {
                run.append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
            }
            int length = 1 + random.nextInt(5);
            for (int d = 0; d < length; d++) {
                run.append((char) ('0' + (d == 0 && random.nextInt(3) == 0 ? 0 : random.nextInt(10))));
            }
        }
        return run.toString();
    }

    private static List<String> spans(List<Finding> findings) {
        return findings.stream().map(f -> f.entityType() + " " + f.start() + "-" + f.end() + " " + f.confidence())
                .collect(Collectors.toList());
    }
}
