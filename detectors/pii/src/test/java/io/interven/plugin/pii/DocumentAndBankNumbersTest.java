package io.interven.plugin.pii;

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
 * The identifiers that only a context word vouches for (US driver licences, bank account numbers, passports, Italian
 * documents, ...) and India's vehicle registrations: which words count, what after them is still not a number, and
 * that a field without the words is not searched.
 */
class DocumentAndBankNumbersTest {
    private static final PiiDetector DETECTOR = new PiiDetector();

    private static RecognizerProbe probe(IdentifierFormat format) {
        return new RecognizerProbe(new IdentifierRecognizer(format), format.entityType());
    }

    private static List<Finding> detect(String key, String text) {
        return DETECTOR.detect(new ScanField("$." + key, FieldLocation.BODY, key, text));
    }

    private static List<String> typesIn(String text) {
        return detect("note", text).stream().map(Finding::entityType).toList();
    }

    @Test
    void aBankAccountNeedsABankWordNotJustAccount() {
        RecognizerProbe bank = probe(FinancialIdFormats.usBankNumber());
        assertThat(bank.found("Please wire it to my bank account 004183726512.")).containsExactly("004183726512");
        assertThat(bank.found("savings acct: 73019284")).containsExactly("73019284");
        assertThat(bank.found("acct no 55019283746")).containsExactly("55019283746");
        assertThat(bank.found("Bank: Chase, account number 48151623421")).containsExactly("48151623421");
        assertThat(bank.found("routing 021000021, account # 48151623421")).containsExactly("48151623421");
        assertThat(bank.found("$.payout.bank_account_number", "bank_account_number", "48151623421"))
                .containsExactly("48151623421");

        // account alone names AWS, SaaS and customer accounts
        assertThat(bank.found("AWS account 123456789012 in us-east-1")).isEmpty();
        assertThat(bank.found("account id 4815162342")).isEmpty();
        assertThat(bank.found("Stripe account number 4815162342 was suspended")).isEmpty();
        assertThat(bank.found("$.account_number", "account_number", "4815162342")).isEmpty();
        assertThat(bank.found("$.account", "account", "123456789012")).isEmpty();
        assertThat(bank.found("aws_account_id: 123456789012, bank holiday on 20250526")).isEmpty();
        // the bank word too far before the number, or on another line
        assertThat(bank.found("Bank: Chase\nAccount number: 48151623421")).isEmpty();
        assertThat(bank.found("bank account opened; many unrelated words follow before order 48151623421")).isEmpty();
    }

    @Test
    void aDriverLicenceIsReadOnlyAfterWordsThatNameIt() {
        RecognizerProbe licence = probe(DocumentIdFormats.usDriverLicense());
        assertThat(licence.found("my driver's license number is 2270-66-1551")).containsExactly("2270-66-1551");
        assertThat(licence.found("Driver’s licence: D123-4567-8901")).containsExactly("D123-4567-8901");
        assertThat(licence.found("DL# A7269314 (CA)")).containsExactly("A7269314");
        assertThat(licence.found("DL: CA D8261937")).isEmpty(); // DL alone names downloads and lists
        assertThat(licence.found("$.applicant.drivers_license", "drivers_license", "K0062189402"))
                .containsExactly("K0062189402");

        // no driver word: licence keys, software licences, MIT 2024
        assertThat(licence.found("license key ABCD-1234-EFGH-5678, license number 123456789")).isEmpty();
        assertThat(licence.found("MIT License 2024, software license no. 88213377")).isEmpty();
        assertThat(licence.found("$.license", "license", "F162823540116")).isEmpty();
        assertThat(licence.found("$.dl", "dl", "F162823540116")).isEmpty();
        // what follows the words is not a number
        assertThat(licence.found("driver's license expires 2027-05-01 (issued 05/01/2019)")).isEmpty();
        assertThat(licence.found("driver's license: PENDING, class C, fee 35")).isEmpty();
        assertThat(licence.found("driver license office 1-800-555-0100")).isEmpty();
        assertThat(licence.found("driver's license and SSN 586-89-0268")).isEmpty();
        assertThat(licence.found("driver's license scan " + UUID.randomUUID().toString().toUpperCase())).isEmpty();
        assertThat(licence.found("driver license photo 9f86d081884c7d659a2feaa0c55ad015")).isEmpty();
        assertThat(licence.found("driver's license XXXXX1234 on file")).isEmpty();
    }

    @Test
    void passportsAreReadAfterPassportOnly() {
        assertThat(typesIn("passport no. J8369854")).containsExactly("IN_PASSPORT");
        assertThat(typesIn("Passport: 340020013")).containsExactly("US_PASSPORT");
        assertThat(typesIn("passaporto YA4821937")).containsExactly("IT_PASSPORT");
        assertThat(typesIn("order J8369854, invoice 340020013, ref YA4821937")).isEmpty();
        assertThat(typesIn("passport photo 2 MB, passport expires 20270501")).isEmpty();
    }

    @Test
    void indianVehicleRegistrationsStandAloneOnlyInTheirFullLayout() {
        RecognizerProbe vehicle = probe(DocumentIdFormats.indiaVehicleRegistration());
        assertThat(vehicle.found("Car MH12AB1234 parked; bike KA 05 MN 1234; new 22BH1234AA"))
                .containsExactly("MH12AB1234", "KA 05 MN 1234", "22BH1234AA");
        assertThat(vehicle.found("ref DL3CAB1234")).isEmpty();
        assertThat(vehicle.found("vehicle DL3CAB1234")).containsExactly("DL3CAB1234");
        // hex digits only: an id as often as a plate
        assertThat(vehicle.found("blob DD12AB1234")).isEmpty();
        assertThat(vehicle.found("sku AB12CD3456, ticket ZZ01AA1234, SKU-MH12AB1234, MH12AB12345, XMH12AB1234"))
                .isEmpty();
    }

    /** Every code of the layout {@code LLDDLLDDDD} is a registration exactly when its state code is in the list. */
    @Test
    void theStateCodeDecides() {
        RecognizerProbe vehicle = probe(DocumentIdFormats.indiaVehicleRegistration());
        Random random = new Random(3);
        for (int i = 0; i < 5_000; i++) {
            String state = "" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
            String value = state + (10 + random.nextInt(90)) + (char) ('G' + random.nextInt(20))
                    + (char) ('A' + random.nextInt(26)) + (1000 + random.nextInt(9000));
            boolean listed = IndiaVehicleRegistration.STATE_CODES.contains(state);
            assertThat(vehicle.found("see " + value)).as(value).hasSize(listed ? 1 : 0);
        }
    }

    @Test
    void contextOnlyIdentifiersIgnoreIdsHashesAndRunsOfDigitsWithoutTheirWords() {
        Random random = new Random(23);
        List<IdentifierFormat> gated = PiiDetector.identifierFormats().stream().filter(IdentifierFormat::gated)
                .toList();
        assertThat(gated).extracting(IdentifierFormat::entityType).contains("US_DRIVER_LICENSE", "US_BANK_NUMBER",
                "US_PASSPORT", "IN_PASSPORT", "IT_DRIVER_LICENSE", "IT_IDENTITY_CARD", "IT_PASSPORT",
                "IT_VAT_CODE", "SG_UEN", "TH_TNIN", "MEDICAL_LICENSE");
        IdentifierScanner scanner = new IdentifierScanner(gated);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder("account ");
            text.append(Long.toUnsignedString(random.nextLong())).append(" license ")
                    .append((char) ('A' + random.nextInt(26))).append((char) ('A' + random.nextInt(26)))
                    .append(1_000_000 + random.nextInt(9_000_000)).append(" id ")
                    .append(100_000_000 + random.nextInt(900_000_000)).append(" order ")
                    .append(UUID.randomUUID().toString().toUpperCase()).append(" aws account id ")
                    .append(100_000_000_000L + random.nextInt(1_000_000_000));
            assertThat(scanner.recognize(new ScanField("$.note", FieldLocation.BODY, "note", text.toString())))
                    .as(text.toString()).isEmpty();
        }
    }

    /** A gated format asks once per field whether its words are there, and a field without them is not searched. */
    @Test
    void aFieldWithoutTheWordsIsNotSearched() {
        IdentifierFormat licence = DocumentIdFormats.usDriverLicense();
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            digits.append("D").append(1_000_000 + i).append(' ');
        }
        ScanField without = new ScanField("$.note", FieldLocation.BODY, "note", digits.toString());
        assertThat(licence.context().mayBeIn(without)).isFalse();
        assertThat(new IdentifierScanner(List.of(licence)).recognize(without)).isEmpty();

        ScanField with = new ScanField("$.note", FieldLocation.BODY, "note", digits + "driver's license D7261934");
        assertThat(new IdentifierScanner(List.of(licence)).recognize(with)).hasSize(1);
        assertThat(new IdentifierRecognizer(licence).recognize(with)).hasSize(1);
    }

    @Test
    void theDetectorReportsANamedNumberOnceUnderItsName() {
        List<Finding> findings = detect("note", "checking account 4155550123, DL number 6940579");
        assertThat(findings).extracting(Finding::entityType)
                .containsExactlyInAnyOrder("US_BANK_NUMBER", "US_DRIVER_LICENSE");
        List<String> declared = new ArrayList<>(DETECTOR.sensitivityOfEntityTypes().keySet());
        assertThat(declared).contains("US_BANK_NUMBER", "US_DRIVER_LICENSE", "IN_VEHICLE_REGISTRATION", "IN_GSTIN");
    }

    /** The one pass over a field for all gated formats answers what each format's own look for its words answers. */
    @Test
    void oneLookForAllGatedFormatsAnswersWhatEachLookAnswers() {
        List<IdentifierFormat> gated = PiiDetector.identifierFormats().stream().filter(IdentifierFormat::gated)
                .toList();
        ContextGates gates = new ContextGates(gated);
        String[] pieces = {"driver's license", "Driver License", "DRIVING-LICENCE", "driver_license", "driv", "DL#",
            "dl #", "dl", "bank account", "Bank Acct", "account number", "Account #", "bank", "routing", "passport",
            "Passport#", "pass", "password", "patente", "path", "CIE", "cie", "carta d'identità", "carta", "DEA",
            "dead", "uen", "UEN", "vat", "p.iva", "P. IVA", "piva", "iva", "thai id", "national_id", "tnin",
            "เลขประจำตัวประชาชน", "เลข", "a/c no", "a/c", "acct#", "x", " ", "  ", "\n", "-", "_", ":", "1234", "é",
            "여권", "여권번호", "운전면허", "운전", "여", "권", "korean passport", "korean"};
        String[] keys = {"note", "drivers_license", "bank_account_number", "passport", "dl", "account_number"};
        Random random = new Random(29);
        int open = 0;
        for (int round = 0; round < 10_000; round++) {
            StringBuilder text = new StringBuilder();
            int count = random.nextInt(8);
            for (int i = 0; i < count; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String key = keys[random.nextInt(keys.length)];
            ScanField field = new ScanField("$." + key, FieldLocation.BODY, key, text.toString());
            long everyList = gates.presentIn(field, field.text().toCharArray(), -1L);
            for (IdentifierFormat format : gated) {
                boolean each = format.context().mayBeIn(field);
                assertThat(gates.opens(format, everyList)).as(format.ruleId() + " in " + key + ": " + text)
                        .isEqualTo(each);
                long itsOwn = gates.presentIn(field, field.text().toCharArray(), gates.listsOf(format));
                assertThat(gates.opens(format, itsOwn)).as(format.ruleId() + " alone in " + key + ": " + text)
                        .isEqualTo(each);
                open += each ? 1 : 0;
            }
        }
        assertThat(open).isGreaterThan(10_000);
    }
}
