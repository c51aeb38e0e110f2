package io.interven.plugin.pii;

import static io.interven.plugin.pii.RecognizerSpans.gated;
import static io.interven.plugin.pii.RecognizerSpans.searched;
import static org.assertj.core.api.Assertions.assertThat;

import io.interven.spi.FieldLocation;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What the identifier recognizers must leave alone: ids, hashes, timestamps, amounts and random runs of digits
 * without a context word, in prose and as whole fields; and their candidate starts must find what a search of the
 * whole text finds.
 */
class IdentifierHardNegativesTest {
    /** The default identifier recognizers and the SWIFT/BIC one, which is not among them. */
    private static final List<PiiRecognizer> IDENTIFIERS = withSwift();

    private static List<PiiRecognizer> withSwift() {
        List<PiiRecognizer> all = new ArrayList<>(PiiDetector.identifierRecognizers());
        all.add(new IdentifierRecognizer(FinancialIdFormats.swiftCode()));
        return all;
    }

    private static List<Finding> identifiersIn(String key, String text) {
        ScanField field = new ScanField("$." + key, FieldLocation.BODY, key, text);
        List<Finding> findings = new ArrayList<>();
        for (PiiRecognizer recognizer : IDENTIFIERS) {
            findings.addAll(recognizer.recognize(field));
        }
        return findings;
    }

    @Test
    void randomDigitRunsWithoutContextAreNotIdentifiers() {
        Random random = new Random(13);
        String[] keys = {"id", "order_id", "count", "note", "amount", "ts"};
        for (int i = 0; i < 20_000; i++) {
            int length = 8 + random.nextInt(10); // 8 to 17 digits: every bare-digit identifier needs context
            StringBuilder digits = new StringBuilder();
            digits.append((char) ('1' + random.nextInt(9)));
            while (digits.length() < length) {
                digits.append((char) ('0' + random.nextInt(10)));
            }
            String key = keys[random.nextInt(keys.length)];
            assertThat(identifiersIn(key, digits.toString())).as(digits.toString()).isEmpty();
            assertThat(identifiersIn("note", "order " + digits + " shipped")).as(digits.toString()).isEmpty();
        }
    }

    @Test
    void idsHashesTimestampsAndAmountsAreNotIdentifiers() {
        Random random = new Random(5);
        for (int i = 0; i < 2_000; i++) {
            String sha = Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong())
                    + Integer.toHexString(random.nextInt());
            String text = "commit " + sha + " " + sha.toUpperCase() + " request " + new UUID(random.nextLong(),
                    random.nextLong()) + " at " + (1_700_000_000_000L + random.nextInt(1_000_000_000))
                    + " epoch " + (1_700_000_000 + random.nextInt(100_000_000)) + " total $" + random.nextInt(100_000)
                    + "." + random.nextInt(100) + " on 2024-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10)
                    + "T09:47:10.426Z, tx 0x" + sha + sha.substring(0, 24) + ", sha256 " + sha + sha;
            assertThat(identifiersIn("note", text)).as(text).isEmpty();
        }
    }

    @Test
    void ordinaryTextAndCodeAreNotIdentifiers() {
        String[] texts = {
            "Deploy 1733906400000 finished; request f0a7157a-edab-4d5d-a4a6-9fd50a652b4f; see lodash@4.17.21;",
            "2025-02-10T09:47:10.426Z WARN [ledger] retrying job 259 (attempt 3/5) from 10.0.0.12; ts 1773554065.963039",
            "PASSWORD CUSTOMER DOWNLOAD TRANSFER ACCOUNTS SHIPPING INVOICES", // upper-case words, one like a BIC
            "call +1 415 555 0100 or (415) 555-0100; order #123456789; tracking 1Z999AA10123456784",
            "v1.16.4 Chrome/120.0.6099.109 build 20240115123456 sku ABC-1234567",
            "AKIAIOSFODNN7EXAMPLE 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 sk_live_4eC39HqLyjWDarjtT1zdp7dcTYooMQmN",
            "price 1,234,567.89 EUR; 12 345 678 901 items; ratio 0.123456789",
            "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed is the contract", // no checksum, no wallet word
        };
        for (String text : texts) {
            assertThat(identifiersIn("note", text)).as(text).isEmpty();
        }
    }

    @Test
    void longRunsOfTheCharactersThePatternsLikeAreRead() {
        String[] runs = {"1".repeat(250_000), "A".repeat(250_000), "1 ".repeat(125_000), "12-".repeat(80_000),
            "0x" + "a".repeat(250_000), "bc1" + "q".repeat(250_000), "A1".repeat(125_000), "9".repeat(250_000)};
        for (String run : runs) {
            assertThat(identifiersIn("note", run)).isEmpty();
        }
    }

    @Test
    void candidateStartsFindWhatASearchOfTheWholeTextFinds() {
        String[] pieces = {"1", "12", "123", "4567", "9", "0", "0x", "bc1", "q", "A", "AB", "S", "X", "Z", "-", ".",
            "/", " ", "_", "+", "@", "\n", "a", "DE", "86095742719", "529.982.247-25", "S8634521H", "131052-308T",
            "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "RSSMRA85T10A562S", "2345 6789 0124", "Y4829301M"};
        Random random = new Random(11);
        for (int round = 0; round < 5_000; round++) {
            StringBuilder text = new StringBuilder();
            int count = 1 + random.nextInt(12);
            for (int i = 0; i < count; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            for (PiiRecognizer recognizer : IDENTIFIERS) {
                PatternRecognizer pattern = (PatternRecognizer) recognizer;
                assertThat(gated(pattern, text.toString())).as(recognizer.id() + " in " + text)
                        .isEqualTo(searched(pattern, text.toString()));
            }
        }
    }

    @Test
    void profileGatingNeverHidesAnIdentifier() {
        String[] values = {"sin 130 692 544", "2345 6789 0124", "AFZPK7190K", "529.982.247-25",
            "11.222.333/0001-81", "48392017V", "Y4829301M", "RSSMRA85T10A562S", "steuer-id 86095742719",
            "bsn 1234.56.782", "tfn 123 456 782", "medicare 2123 45670 1", "51 824 753 556", "acn 004 085 616",
            "S8634521H", "11010519491231002X", "850315-1234566", "912-70-1234", "npi 1234567893", "nhs 943 476 5919",
            "pesel 44051401359", "131052-308T", "voter ABC1234567", "routing 021000021", "swift DEUTDEFF",
            "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
            "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "1HGCM82633A004352", "driver's license F162823540116",
            "bank account 004183726512", "passport J8369854", "passport 340020013", "MH12AB1234", "KA 05 MN 1234",
            "22BH1234AA", "patente MI2345678X", "cie AY 4821937", "passaporto YA4821937", "DEA BM6125341",
            "tnin 1103700227458", "uen T09LL0001D", "partita iva 07622310576", "27AAPFU0939F1ZV"};
        for (String value : values) {
            ScanField field = new ScanField("$.note", FieldLocation.BODY, "note", "Details: " + value + ".");
            TextProfile profile = TextProfile.of(field.text());
            List<Finding> all = new ArrayList<>();
            for (PiiRecognizer recognizer : IDENTIFIERS) {
                List<Finding> found = recognizer.recognize(field);
                if (!found.isEmpty()) {
                    assertThat(recognizer.mayMatch(profile)).as(recognizer.id() + " " + value).isTrue();
                }
                all.addAll(found);
            }
            assertThat(all).as(value).isNotEmpty();
        }
    }

    /** The one-pass scanner the detector runs finds exactly what one recognizer per format finds. */
    @Test
    void theScannerFindsWhatEachFormatFindsAlone() {
        List<IdentifierFormat> formats = new ArrayList<>(PiiDetector.identifierFormats());
        formats.add(FinancialIdFormats.swiftCode());
        IdentifierScanner scanner = new IdentifierScanner(formats);
        String[] pieces = {"1", "12", "123", "4567", "9", "0", "0x", "bc1", "q", "A", "AB", "S", "X", "Z", "-", ".",
            "/", " ", ":", "+", "_", "@", "\n", "a", "DE", "86095742719", "529.982.247-25", "52998224725",
            "11.222.333/0001-81", "S8634521H", "131052-308T", "131052+308T", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",
            "RSSMRA85T10A562S", "2345 6789 0124", "Y4829301M", "Z-5821934-H", "48392017-V", "130 692 544",
            "1234.56.782", "2123 45670 1", "21234567011", "850315-1234566", "912-70-1234", "0110-0001-5",
            "11010519491231002X", "1HGCM82633A004352", "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed",
            "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", "AFZPK7190K", "ABC1234567", "DEUTDEFF", "NWBKGB2L123",
            "sin ", "tfn ", "bsn ", "wallet ", "routing ", "vin ", "nhs ", "npi ", "pesel ", "steuer-id ", "swift ",
            "medicare ", "acn ", "abn ", "cpf ", "itin ", "rrn ", "voter ", "RSSMRALMTLMALPNRS", "ABCDEFGH",
            "driver's license ", "DL# ", "bank account ", "account number ", "bank ", "passport ", "passaporto ",
            "patente ", "cie ", "dea ", "uen ", "vat ", "tnin ", "vehicle ", "gstin ", "F162823540116",
            "2270-66-1551", "J8369854", "340020013", "MH12AB1234", "KA 05 MN 1234", "22BH1234AA", "DL3CAB1234",
            "MI2345678X", "AY 4821937", "YA4821937", "BM6125341", "1103700227458", "53018274B", "T09LL0001D",
            "07622310576", "IT07622310576", "27AAPFU0939F1ZV", "004183726512", "D123-4567-8901",
            "여권 ", "여권번호", "운전면허번호 ", "번호", "M48213907", "M482A3907", "110-81-00001", "112312345601"};
        Random random = new Random(17);
        int found = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int count = 1 + random.nextInt(10);
            for (int i = 0; i < count; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            ScanField field = new ScanField("$.note", FieldLocation.BODY, "note", text.toString());
            List<String> alone = new ArrayList<>();
            for (IdentifierFormat format : formats) {
                new IdentifierRecognizer(format).recognize(field).forEach(f -> alone.add(describe(f)));
            }
            List<String> scanned = scanner.recognize(field).stream().map(IdentifierHardNegativesTest::describe)
                    .toList();
            assertThat(scanned).as(text.toString()).containsExactlyInAnyOrderElementsOf(alone);
            if (!alone.isEmpty()) {
                assertThat(scanner.mayMatch(TextProfile.of(text.toString()))).as(text.toString()).isTrue();
            }
            found += alone.size();
        }
        assertThat(found).as("the random texts hold identifiers").isGreaterThan(1_000);
    }

    private static String describe(Finding f) {
        return f.entityType() + " " + f.ruleId() + " " + f.start() + "-" + f.end() + " " + f.confidence();
    }
}
