package io.interven.plugin.pii;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.spi.FieldLocation;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each identifier format on its own: found in prose and JSON with its context word, found or not without one as
 * its checksum's strength decides, and never when one character is off.
 */
class IdentifierRecognizersTest {
    private static final Map<String, IdentifierRecognizer> DEFAULT = PiiDetector.identifierRecognizers().stream()
            .map(r -> (IdentifierRecognizer) r)
            .collect(Collectors.toMap(IdentifierRecognizer::entityType, Function.identity()));
    /** The default formats and the SWIFT/BIC codes, which are not among them (README). */
    private static final Map<String, IdentifierRecognizer> BY_TYPE = withSwift();

    private static Map<String, IdentifierRecognizer> withSwift() {
        Map<String, IdentifierRecognizer> all = new java.util.HashMap<>(DEFAULT);
        all.put("SWIFT_CODE", new IdentifierRecognizer(FinancialIdFormats.swiftCode()));
        return all;
    }

    private static RecognizerProbe probe(String type) {
        assertThat(BY_TYPE).containsKey(type);
        return new RecognizerProbe(BY_TYPE.get(type), type);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        // type                     | value                                        | context word        | alone
        "CA_SIN                     | 130 692 544                                  | SIN                 | false",
        "CA_SIN                     | 712-345-677                                  | social insurance no | false",
        "IN_AADHAAR                 | 2345 6789 0124                               | Aadhaar             | true",
        "IN_AADHAAR                 | 234567890124                                 | aadhaar no.         | false",
        "IN_PAN                     | AFZPK7190K                                   | PAN                 | true",
        "BR_CPF                     | 529.982.247-25                               | CPF                 | true",
        "BR_CPF                     | 52998224725                                  | CPF                 | false",
        "BR_CNPJ                    | 11.222.333/0001-81                           | CNPJ                | true",
        "BR_CNPJ                    | 11222333000181                               | CNPJ                | false",
        "ES_NIF                     | 48392017V                                    | DNI                 | true",
        "ES_NIF                     | 48392017-V                                   | NIF                 | true",
        "ES_NIE                     | Y4829301M                                    | NIE                 | true",
        "ES_NIE                     | Z-5821934-H                                  | NIE                 | true",
        "IT_FISCAL_CODE             | RSSMRA85T10A562S                             | codice fiscale      | true",
        "IT_FISCAL_CODE             | RSSMRA85T10A56NH                             | CF                  | true",
        "DE_TAX_ID                  | 86095742719                                  | Steuer-ID           | false",
        "DE_TAX_ID                  | 86 095 742 719                               | Steueridentifikationsnummer | false",
        "NL_BSN                     | 111222333                                    | BSN                 | false",
        "NL_BSN                     | 1234.56.782                                  | burgerservicenummer | false",
        "AU_TFN                     | 123 456 782                                  | TFN                 | false",
        "AU_MEDICARE                | 2123 45670 1                                 | Medicare card       | false",
        "AU_ABN                     | 51 824 753 556                               | ABN                 | true",
        "AU_ABN                     | 51824753556                                  | ABN                 | false",
        "AU_ACN                     | 004 085 616                                  | ACN                 | false",
        "SG_NRIC_FIN                | S8634521H                                    | NRIC                | true",
        "SG_NRIC_FIN                | T8634521D                                    | NRIC                | true",
        "CN_RESIDENT_ID             | 11010519491231002X                           | ID card             | true",
        "KR_RRN                     | 850315-1234566                               | RRN                 | true",
        "KR_RRN                     | 8503151234566                                | resident registration | false",
        "KR_BRN                     | 220-81-62517                                 | 사업자등록번호      | false",
        "KR_BRN                     | 1248100998                                   | business registration | false",
        "KR_PASSPORT                | M48213907                                    | 여권번호            | false",
        "KR_PASSPORT                | M482A3907                                    | 여권                | false",
        "KR_DRIVER_LICENSE          | 13-04-482193-72                              | 운전면허번호        | false",
        "KR_DRIVER_LICENSE          | 110448219372                                 | 면허번호            | false",
        "US_ITIN                    | 912-70-1234                                  | ITIN                | true",
        "US_ITIN                    | 912701234                                    | ITIN                | false",
        "US_NPI                     | 1234567893                                   | NPI                 | false",
        "UK_NHS                     | 943 476 5919                                 | NHS number          | false",
        "PL_PESEL                   | 44051401359                                  | PESEL               | false",
        "FI_PERSONAL_IDENTITY_CODE  | 131052-308T                                  | henkilötunnus       | true",
        "IN_VOTER                   | ABC1234567                                   | Voter ID            | false",
        "ABA_ROUTING_NUMBER         | 021000021                                    | routing number      | false",
        "ABA_ROUTING_NUMBER         | 0110-0001-5                                  | ABA                 | false",
        "SWIFT_CODE                 | DEUTDEFF                                     | SWIFT               | false",
        "SWIFT_CODE                 | NWBKGB2L123                                  | BIC                 | false",
        "CRYPTO_WALLET              | 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa           | BTC                 | true",
        "CRYPTO_WALLET              | 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy           | BTC                 | true",
        "CRYPTO_WALLET              | bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq   | BTC                 | true",
        "CRYPTO_WALLET              | 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed   | ETH                 | true",
        "CRYPTO_WALLET              | 0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed   | ETH wallet          | false",
        "VIN                        | 1HGCM82633A004352                            | VIN                 | true",
        "VIN                        | WVWZZZ1JZXW000001                            | VIN                 | false",
        "US_DRIVER_LICENSE          | F162823540116                                | driver's license number | false",
        "US_DRIVER_LICENSE          | S530-4607-2201                               | Driver License      | false",
        "US_DRIVER_LICENSE          | 6940579                                      | DL number           | false",
        "US_DRIVER_LICENSE          | 412 839 027                                  | driving licence     | false",
        "US_BANK_NUMBER             | 987654321012                                 | bank account        | false",
        "US_BANK_NUMBER             | 00041837265                                  | checking account no | false",
        "US_PASSPORT                | 340020013                                    | passport            | false",
        "US_PASSPORT                | A03827461                                    | passport no         | false",
        "IN_PASSPORT                | J8369854                                     | passport            | false",
        "IN_PASSPORT                | K12 54871                                    | passport number     | false",
        "IN_VEHICLE_REGISTRATION    | MH12AB1234                                   | vehicle             | true",
        "IN_VEHICLE_REGISTRATION    | KA 05 MN 1234                                | registration        | true",
        "IN_VEHICLE_REGISTRATION    | TN-09-BX-4821                                | vehicle no          | true",
        "IN_VEHICLE_REGISTRATION    | 22BH1234AA                                   | vehicle             | true",
        "IN_VEHICLE_REGISTRATION    | DL3CAB1234                                   | vehicle number      | false",
        "IT_DRIVER_LICENSE          | MI2345678X                                   | patente             | false",
        "IT_DRIVER_LICENSE          | U1H38K29PX                                   | patente di guida    | false",
        "IT_IDENTITY_CARD           | AY 4821937                                   | carta d'identità    | false",
        "IT_IDENTITY_CARD           | CA48213KB                                    | CIE                 | false",
        "IT_PASSPORT                | YA4821937                                    | passaporto          | false",
        "IT_VAT_CODE                | 07622310576                                  | partita IVA         | false",
        "IT_VAT_CODE                | IT12938470577                                | VAT                 | false",
        "MEDICAL_LICENSE            | BM6125341                                    | DEA number          | false",
        "TH_TNIN                    | 1103700227458                                | Thai ID             | false",
        "TH_TNIN                    | 3-1006-00589-32-7                            | national ID         | false",
        "SG_UEN                     | 53018274B                                    | UEN                 | false",
        "SG_UEN                     | 201934567C                                   | UEN                 | false",
        "SG_UEN                     | T09LL0001D                                   | UEN                 | false",
        "IN_GSTIN                   | 27AAPFU0939F1ZV                              | GSTIN               | true",
    })
    void findsEachIdentifier(String type, String value, String context, boolean standsAlone) {
        RecognizerProbe probe = probe(type);
        probe.findsIn(value, context + ": %s", "{\"note\": \"" + context + " %s\"}", context + "\n%s");
        assertThat(probe.found("$.customer.value", contextKey(context), value)).containsExactly(value);
        List<String> alone = probe.found("Reference %s was attached.".formatted(value));
        if (standsAlone) {
            assertThat(alone).as("%s without a context word", value).containsExactly(value);
        } else {
            assertThat(alone).as("%s without a context word", value).isEmpty();
        }
    }

    /** The context word as a JSON key: {@code social insurance no} -> {@code social_insurance_no}. */
    private static String contextKey(String context) {
        return context.replaceAll("[^\\p{L}0-9]+", "_");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "CA_SIN             | 130 692 545",           // Luhn
        "CA_SIN             | 046 454 286",           // the published example: 0 is no province
        "CA_SIN             | 130 692-544",           // mixed separators
        "IN_AADHAAR         | 2345 6789 0125",        // Verhoeff
        "IN_AADHAAR         | 1345 6789 0124",        // Aadhaar never starts with 0 or 1
        "IN_PAN             | AFZDK7190K",            // D is no holder kind
        "BR_CPF             | 529.982.247-26",
        "BR_CPF             | 111.111.111-11",        // passes the arithmetic, never issued
        "BR_CNPJ            | 11.222.333/0001-82",
        "ES_NIF             | 48392017W",
        "ES_NIF             | 12345678Z",             // the published example
        "ES_NIE             | Y4829301N",
        "IT_FISCAL_CODE     | RSSMRA85T10A562T",
        "DE_TAX_ID          | 86095742718",
        "NL_BSN             | 111222334",
        "AU_TFN             | 123 456 783",
        "AU_MEDICARE        | 2123 45680 1",
        "AU_ABN             | 51 824 753 557",
        "AU_ACN             | 004 085 617",
        "SG_NRIC_FIN        | S8634521J",
        "SG_NRIC_FIN        | S1234567D",             // the published example
        "CN_RESIDENT_ID     | 110105194912310021",
        "KR_RRN             | 851315-1234566",        // month 13
        "KR_BRN             | 220-81-62518",          // check digit
        "KR_BRN             | 111-11-11111",          // one repeated digit
        "KR_PASSPORT        | A48213907",             // A is no Korean passport's letter
        "KR_PASSPORT        | M12345678",             // counting up: a placeholder
        "KR_DRIVER_LICENSE  | 31-04-482193-72",       // 31 is no region
        "US_ITIN            | 912-69-1234",           // group 69 is not an ITIN group
        "US_ITIN            | 812-70-1234",
        "US_ITIN            | 987-65-4321",           // reserved for advertising
        "US_ITIN            | 999-99-9999",
        "US_NPI             | 1234567894",
        "UK_NHS             | 943 476 5918",
        "PL_PESEL           | 44051401358",
        "FI_PERSONAL_IDENTITY_CODE | 131052-308U",
        "ABA_ROUTING_NUMBER | 021000022",
        "SWIFT_CODE         | DEUTXXFF",              // XX is no country
        "CRYPTO_WALLET      | 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb",
        "CRYPTO_WALLET      | bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdr",
        "CRYPTO_WALLET      | 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD",
        "CRYPTO_WALLET      | 0x0000000000000000000000000000000000000000",
        "VIN                | 1HGCM82633I004352",     // I is never used
        "US_DRIVER_LICENSE  | 2027-05-01",            // an expiry date
        "US_DRIVER_LICENSE  | 555-123-4567",          // a phone number
        "US_DRIVER_LICENSE  | 12345678",              // a placeholder
        "US_DRIVER_LICENSE  | ABCDEF12",              // more letters than digits: a word or code
        "US_BANK_NUMBER     | 1234567890",            // a placeholder
        "US_BANK_NUMBER     | 20240131",              // a date
        "US_BANK_NUMBER     | 1234567",               // seven digits
        "US_PASSPORT        | 123456789",
        "IN_PASSPORT        | Q1234568",              // Q is not issued
        "IN_PASSPORT        | J0369854",              // the first digit is never 0
        "IN_VEHICLE_REGISTRATION | ZZ12AB1234",       // no such state
        "IN_VEHICLE_REGISTRATION | MH00AB1234",       // no district 0
        "IN_VEHICLE_REGISTRATION | MH12AB0000",
        "IN_VEHICLE_REGISTRATION | 19BH1234AA",       // the Bharat series started in 2021
        "IN_VEHICLE_REGISTRATION | 22BH1234AI",       // I is not a series letter
        "IT_VAT_CODE        | 07622310577",           // Luhn
        "IT_VAT_CODE        | 07622311251",           // office 125 does not exist
        "MEDICAL_LICENSE    | BM6125342",
        "MEDICAL_LICENSE    | NM6125341",             // N is no registrant type
        "TH_TNIN            | 1103700227459",
        "SG_UEN             | 53018274C",
        "SG_UEN             | T09ZZ0001D",            // ZZ is no entity type
        "IN_GSTIN           | 27AAPFU0939F1ZW",
        "IN_GSTIN           | 45AAPFU0939F1ZX",       // no state 45
    })
    void rejectsNearMissesEvenWithAContextWord(String type, String value) {
        RecognizerProbe probe = probe(type);
        String context = switch (type) {
            case "CRYPTO_WALLET" -> "wallet";
            case "FI_PERSONAL_IDENTITY_CODE" -> "hetu";
            case "SWIFT_CODE" -> "swift";
            case "US_BANK_NUMBER" -> "bank account";
            case "IT_DRIVER_LICENSE" -> "patente";
            case "IT_IDENTITY_CARD" -> "cie";
            case "MEDICAL_LICENSE" -> "dea";
            case "US_PASSPORT", "IN_PASSPORT" -> "passport";
            case "IN_VEHICLE_REGISTRATION" -> "vehicle";
            case "KR_BRN" -> "사업자등록번호";
            case "KR_PASSPORT" -> "여권번호";
            case "KR_DRIVER_LICENSE" -> "운전면허번호";
            default -> type.substring(type.indexOf('_') + 1).replace('_', ' ').toLowerCase();
        };
        assertThat(probe.found("$.customer.value", "value", context + ": " + value)).isEmpty();
        assertThat(probe.found("$.customer." + contextKey(context), contextKey(context), value)).isEmpty();
    }

    @Test
    void identifiersGluedToLongerTokensAreNotReported() {
        assertThat(probe("BR_CPF").found("id 1529.982.247-25 and cpf 529.982.247-250 and x529.982.247-25")).isEmpty();
        assertThat(probe("ES_NIF").found("sku 148392017V, 48392017VX, 48392017V7")).isEmpty();
        assertThat(probe("IT_FISCAL_CODE").found("XRSSMRA85T10A562S RSSMRA85T10A562SX")).isEmpty();
        assertThat(probe("CN_RESIDENT_ID").found("id card 111010519491231002X / 11010519491231002X9")).isEmpty();
        assertThat(probe("CRYPTO_WALLET").found("tx 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed00 or "
                + "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNax")).isEmpty();
        // the first twelve digits of a card written in groups are no Aadhaar number
        assertThat(probe("IN_AADHAAR").found("aadhaar 2345 6789 0124 5678")).isEmpty();
    }

    @Test
    void contextWordsFarAwayOrOnAnotherLineDoNotCount() {
        RecognizerProbe tfn = probe("AU_TFN");
        assertThat(tfn.found("TFN lodged last year, and many unrelated words follow here before order 123 456 782"))
                .isEmpty();
        assertThat(tfn.found("TFN lodged\nsomething else entirely: 123 456 782")).isEmpty();
    }

    @Test
    void everyTypeIsSensitivePii() {
        Map<String, String> sensitivity = new PiiDetector().sensitivityOfEntityTypes();
        assertThat(DEFAULT).hasSize(42).doesNotContainKey("SWIFT_CODE");
        DEFAULT.keySet().forEach(type -> assertThat(sensitivity).containsEntry(type, "sensitive"));
        ScanField field = new ScanField("$.note", FieldLocation.BODY, "note", "NIE Y4829301M");
        List<Finding> findings = BY_TYPE.get("ES_NIE").recognize(field);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("es-nie");
            assertThat(f.confidence()).isEqualTo(IdentifierRecognizer.CONFIDENCE_WITH_CONTEXT);
        });
    }

    @Test
    void aBicBesideAnIbanIsNotReportedByDefault() {
        ScanField field = new ScanField("$.note", FieldLocation.BODY, "note",
                "IBAN: GB24BARC14864048135043 (BIC BARCGB22)");
        assertThat(new PiiDetector().detect(field)).extracting(Finding::entityType).containsExactly("IBAN");
        assertThat(BY_TYPE.get("SWIFT_CODE").recognize(field)).hasSize(1);
    }

    @Test
    void aNumberNamedAsAnIdentifierIsNotAlsoAPhoneNumber() {
        PiiDetector detector = new PiiDetector();
        assertThat(detector.detect(new ScanField("$.note", FieldLocation.BODY, "note", "call 943 476 5919")))
                .extracting(Finding::entityType).containsExactly("PHONE_NUMBER");
        assertThat(detector.detect(new ScanField("$.note", FieldLocation.BODY, "note", "NHS number 943 476 5919")))
                .extracting(Finding::entityType).containsExactly("UK_NHS");
    }
}
