package io.interven.plugin.pii;

import static io.interven.plugin.pii.IdentifierFormat.FirstChar.DIGIT;
import static io.interven.plugin.pii.IdentifierFormat.FirstChar.UPPER;
import static io.interven.plugin.pii.IdentifierFormat.Verdict.NEEDS_CONTEXT;
import static io.interven.plugin.pii.IdentifierFormat.Verdict.VALID;
import static io.interven.plugin.pii.IdentifierFormat.Shape.chain;
import static io.interven.plugin.pii.IdentifierFormat.Shape.run;
import static io.interven.plugin.pii.IdentifierFormat.bounded;
import static io.interven.plugin.pii.IdentifierFormat.when;

import java.util.List;

/**
 * Personal identifiers issued by states: national, tax, social insurance and health numbers. Each is checked by
 * its check digit or letter and its embedded birth date where it has them; the ones whose shape is common (nine to
 * eleven bare digits with a one-digit checksum) need a context word (README, "National and financial
 * identifiers").
 */
final class NationalIdFormats {
    private static final double DISTINCTIVE = 0.8;
    private static final double FORMATTED = 0.75;
    private static final double NO_CHECKSUM = 0.6;
    /** Unused where a format's candidates all need a context word. */
    private static final double CONFIDENCE_UNUSED = 0.0;

    private NationalIdFormats() {
    }

    static List<IdentifierFormat> all() {
        return List.of(canadaSin(), indiaAadhaar(), indiaPan(), brazilCpf(), brazilCnpj(), spainNif(), spainNie(),
                italyFiscalCode(), germanyTaxId(), netherlandsBsn(), australiaTfn(), australiaMedicare(),
                australiaAbn(), australiaAcn(), singaporeNric(), chinaResidentId(), koreaRrn(), koreaBrn(), usItin(),
                usNpi(),
                ukNhs(), polandPesel(), finlandIdentityCode(), indiaVoterId());
    }

    static IdentifierFormat canadaSin() {
        return new IdentifierFormat("CA_SIN", "ca-sin", bounded("[1-79]\\d{2}([- ]?)\\d{3}\\1\\d{3}"), DIGIT,
                p -> p.longestGroupedDigits >= 9,
                ContextWords.of("sin", "social insurance", "assurance sociale"),
                m -> {
                    String digits = WeightedChecksum.digitsOf(m.group());
                    return when(LuhnChecksum.isValid(digits) && !WeightedChecksum.isOneRepeatedDigit(digits),
                            NEEDS_CONTEXT);
                }, CONFIDENCE_UNUSED)
                .fitting(chain(9));
    }

    /** Aadhaar: twelve digits, the first 2-9, Verhoeff; written in spaced groups of four it stands alone. */
    static IdentifierFormat indiaAadhaar() {
        return new IdentifierFormat("IN_AADHAAR", "in-aadhaar", bounded("[2-9]\\d{3}([- ]?)\\d{4}\\1\\d{4}"), DIGIT,
                p -> p.longestGroupedDigits >= 12,
                ContextWords.of("aadhaar", "aadhar", "adhaar", "uidai", "unique identification"),
                m -> {
                    String digits = WeightedChecksum.digitsOf(m.group());
                    return when(VerhoeffChecksum.isValid(digits) && !WeightedChecksum.isOneRepeatedDigit(digits),
                            " ".equals(m.group(1)) ? VALID : NEEDS_CONTEXT);
                }, NO_CHECKSUM)
                .fitting(chain(12));
    }

    /**
     * PAN: five letters (the fourth the holder's kind: P person, C company, H, F, A, T, B, L, J, G), four digits, a
     * letter. No checksum, but a rare shape.
     */
    static IdentifierFormat indiaPan() {
        return new IdentifierFormat("IN_PAN", "in-pan", bounded("[A-Z]{3}[ABCFGHJLPT][A-Z]\\d{4}[A-Z]"), UPPER,
                p -> p.upperCaseLetters >= 6 && p.longestGroupedDigits >= 4,
                ContextWords.of("pan", "permanent account number", "income tax"),
                m -> VALID, NO_CHECKSUM)
                .fitting(run(10));
    }

    /** CPF: {@code 123.456.789-09} stands alone; eleven bare digits need a context word. */
    static IdentifierFormat brazilCpf() {
        return new IdentifierFormat("BR_CPF", "br-cpf", bounded("\\d{3}(\\.?)\\d{3}\\1\\d{3}(-?)\\d{2}"), DIGIT,
                p -> p.digits >= 11,
                ContextWords.of("cpf", "cadastro de pessoas", "cadastro de pessoa"),
                m -> when(BrazilTaxIdChecksum.isValidCpf(WeightedChecksum.digitsOf(m.group())),
                        ".".equals(m.group(1)) && "-".equals(m.group(2)) ? VALID : NEEDS_CONTEXT),
                FORMATTED)
                .fitting(chain(11));
    }

    /** CNPJ: {@code 12.345.678/0001-95} stands alone; fourteen bare digits need a context word. */
    static IdentifierFormat brazilCnpj() {
        return new IdentifierFormat("BR_CNPJ", "br-cnpj",
                bounded("\\d{2}(\\.?)\\d{3}\\1\\d{3}(/?)\\d{4}(-?)\\d{2}"), DIGIT,
                p -> p.digits >= 14,
                ContextWords.of("cnpj", "cadastro nacional"),
                m -> when(BrazilTaxIdChecksum.isValidCnpj(WeightedChecksum.digitsOf(m.group())),
                        ".".equals(m.group(1)) && "/".equals(m.group(2)) && "-".equals(m.group(3)) ? VALID
                                : NEEDS_CONTEXT),
                FORMATTED)
                .fitting(chain(14));
    }

    /** DNI/NIF: eight digits and the control letter; the published example {@code 12345678Z} is left out. */
    static IdentifierFormat spainNif() {
        return new IdentifierFormat("ES_NIF", "es-nif", bounded("(\\d{8})-?([A-Z])"), DIGIT,
                p -> p.longestGroupedDigits >= 8 && p.upperCaseLetters >= 1,
                ContextWords.of("dni", "nif", "documento nacional", "identificación fiscal"),
                m -> when(SpanishIdLetter.isValidDni(m.group(1), m.group(2).charAt(0))
                        && !isCountingRun(m.group(1)), VALID), DISTINCTIVE)
                .fitting(chain(8));
    }

    /** NIE: X, Y or Z, seven digits and the control letter. */
    static IdentifierFormat spainNie() {
        return new IdentifierFormat("ES_NIE", "es-nie", bounded("([XYZ])-?(\\d{7})-?([A-Z])"), UPPER,
                p -> p.longestGroupedDigits >= 7 && p.upperCaseLetters >= 2,
                ContextWords.of("nie", "número de identidad de extranjero", "extranjero"),
                m -> when(SpanishIdLetter.isValidNie(m.group(1).charAt(0), m.group(2), m.group(3).charAt(0))
                        && !isCountingRun(m.group(2)), VALID), DISTINCTIVE)
                .fitting((digits, run) -> run == 1 || run == 8 || run == 9);
    }

    static IdentifierFormat italyFiscalCode() {
        String digit = "[0-9LMNPQRSTUV]";
        return new IdentifierFormat("IT_FISCAL_CODE", "it-fiscal-code",
                bounded("[A-Z]{6}" + digit + "{2}[ABCDEHLMPRST]" + digit + "{2}[A-Z]" + digit + "{3}[A-Z]"), UPPER,
                p -> p.upperCaseLetters >= 8,
                ContextWords.of("codice fiscale", "fiscal code", "cf"),
                m -> when(ItalianFiscalCode.isValid(m.group()), VALID), DISTINCTIVE)
                .fitting(run(16));
    }

    /** Steuer-ID: eleven digits, bare or {@code 12 345 678 901}; always with a context word. */
    static IdentifierFormat germanyTaxId() {
        return new IdentifierFormat("DE_TAX_ID", "de-tax-id", bounded("[1-9]\\d( ?)\\d{3}\\1\\d{3}\\1\\d{3}"), DIGIT,
                p -> p.longestGroupedDigits >= 11,
                ContextWords.of("steuer", "steuerid", "steuer id", "steuer-id", "steueridentifikationsnummer",
                        "identifikationsnummer", "idnr", "tax id", "tin", "tax identification"),
                m -> when(GermanTaxId.isValid(WeightedChecksum.digitsOf(m.group())), NEEDS_CONTEXT),
                CONFIDENCE_UNUSED)
                .fitting(chain(11));
    }

    static IdentifierFormat netherlandsBsn() {
        return new IdentifierFormat("NL_BSN", "nl-bsn",
                bounded("\\d{4}\\.\\d{2}\\.\\d{3}|\\d{3}([ .]?)\\d{3}\\1\\d{3}|\\d{8}"), DIGIT,
                p -> p.digits >= 8,
                ContextWords.of("bsn", "burgerservicenummer", "sofinummer", "sofi", "citizen service number"),
                m -> when(DutchBsn.isValid(WeightedChecksum.digitsOf(m.group())), NEEDS_CONTEXT), CONFIDENCE_UNUSED)
                .fitting((digits, run) -> digits == 8 || digits == 9);
    }

    static IdentifierFormat australiaTfn() {
        return new IdentifierFormat("AU_TFN", "au-tfn", bounded("\\d{3}([ -]?)\\d{3}\\1\\d{3}"), DIGIT,
                p -> p.longestGroupedDigits >= 9,
                ContextWords.of("tfn", "tax file number", "tax file no"),
                m -> when(AustralianIdChecksum.isValidTfn(WeightedChecksum.digitsOf(m.group())), NEEDS_CONTEXT),
                CONFIDENCE_UNUSED)
                .fitting(chain(9));
    }

    /** Medicare card number: ten digits ({@code 2123 45670 1}), the issue number optionally after them. */
    static IdentifierFormat australiaMedicare() {
        return new IdentifierFormat("AU_MEDICARE", "au-medicare", bounded("[2-6]\\d{3}([ -]?)\\d{5}\\1\\d(?:\\d)?"),
                DIGIT, p -> p.longestGroupedDigits >= 10,
                ContextWords.of("medicare"),
                m -> when(AustralianIdChecksum.isValidMedicare(WeightedChecksum.digitsOf(m.group())), NEEDS_CONTEXT),
                CONFIDENCE_UNUSED)
                .fitting((digits, run) -> digits == 10 || digits == 11);
    }

    /** ABN: {@code 51 824 753 556} stands alone (mod 89), eleven bare digits need a context word. */
    static IdentifierFormat australiaAbn() {
        return new IdentifierFormat("AU_ABN", "au-abn", bounded("\\d{2}( ?)\\d{3}\\1\\d{3}\\1\\d{3}"), DIGIT,
                p -> p.longestGroupedDigits >= 11,
                ContextWords.of("abn", "australian business number", "business number"),
                m -> when(AustralianIdChecksum.isValidAbn(WeightedChecksum.digitsOf(m.group())),
                        " ".equals(m.group(1)) ? VALID : NEEDS_CONTEXT), FORMATTED)
                .fitting(chain(11));
    }

    static IdentifierFormat australiaAcn() {
        return new IdentifierFormat("AU_ACN", "au-acn", bounded("\\d{3}( ?)\\d{3}\\1\\d{3}"), DIGIT,
                p -> p.longestGroupedDigits >= 9,
                ContextWords.of("acn", "australian company number", "company number"),
                m -> when(AustralianIdChecksum.isValidAcn(WeightedChecksum.digitsOf(m.group())), NEEDS_CONTEXT),
                CONFIDENCE_UNUSED)
                .fitting(chain(9));
    }

    static IdentifierFormat singaporeNric() {
        return new IdentifierFormat("SG_NRIC_FIN", "sg-nric-fin", bounded("([STFGM])(\\d{7})([A-Z])"), UPPER,
                p -> p.longestGroupedDigits >= 7 && p.upperCaseLetters >= 2,
                ContextWords.of("nric", "fin", "identity card", "ic number", "ic no"),
                m -> when(SingaporeNric.isValid(m.group(1).charAt(0), m.group(2), m.group(3).charAt(0))
                        && !isCountingRun(m.group(2)), VALID), DISTINCTIVE)
                .fitting(run(9));
    }

    static IdentifierFormat chinaResidentId() {
        return new IdentifierFormat("CN_RESIDENT_ID", "cn-resident-id", bounded("[1-8]\\d{16}[0-9Xx]"), DIGIT,
                p -> p.longestGroupedDigits >= 17,
                ContextWords.of("resident id", "identity card", "id card", "身份证", "身份证号"),
                m -> when(ChinaResidentId.isValid(m.group()), VALID), DISTINCTIVE)
                .fitting(run(18));
    }

    /**
     * RRN: {@code YYMMDD-SNNNNNN}. Dashed with a valid check digit it stands alone; numbers issued since October
     * 2020 have none, and bare ones look like any number, so those need a context word.
     */
    static IdentifierFormat koreaRrn() {
        return new IdentifierFormat("KR_RRN", "kr-rrn", bounded("\\d{6}(-?)[1-8]\\d{6}"), DIGIT,
                p -> p.longestGroupedDigits >= 13,
                ContextWords.of("rrn", "resident registration", "주민등록번호", "주민번호"),
                m -> {
                    String digits = WeightedChecksum.digitsOf(m.group());
                    if (!KoreanRrn.hasValidDate(digits)) {
                        return IdentifierFormat.Verdict.REJECTED;
                    }
                    return "-".equals(m.group(1)) && KoreanRrn.hasValidCheckDigit(digits) ? VALID : NEEDS_CONTEXT;
                }, DISTINCTIVE)
                .fitting(chain(13));
    }

    /**
     * BRN (business registration number, 사업자등록번호): {@code NNN-NN-NNNNN}, the last digit a check over the first
     * nine (weights 1 3 7 1 3 7 1 3 5, plus the tens of the ninth digit times five). One number in ten passes the
     * check, and ten digits look like any id: always a context word.
     */
    static IdentifierFormat koreaBrn() {
        return new IdentifierFormat("KR_BRN", "kr-brn", bounded("\\d{3}(-?)\\d{2}\\1\\d{5}"), DIGIT,
                p -> p.longestGroupedDigits >= 10,
                ContextWords.of("사업자등록번호", "사업자 등록번호", "사업자번호", "business registration", "brn"),
                m -> {
                    String digits = WeightedChecksum.digitsOf(m.group());
                    return when(hasValidBrnCheckDigit(digits) && !WeightedChecksum.isOneRepeatedDigit(digits),
                            NEEDS_CONTEXT);
                }, CONFIDENCE_UNUSED)
                .fitting(chain(10)).gatedByContext();
    }

    private static boolean hasValidBrnCheckDigit(String digits) {
        int[] weights = {1, 3, 7, 1, 3, 7, 1, 3, 5};
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        sum += (digits.charAt(8) - '0') * 5 / 10;
        return (10 - sum % 10) % 10 == digits.charAt(9) - '0';
    }

    /**
     * ITIN: {@code 9NN-GG-NNNN} with the group in 50-65, 70-88, 90-92 or 94-99 (never an SSN: those never start
     * with 9). Dashed it stands alone, like a dashed SSN; spaced or bare it needs a context word. The numbers the
     * IRS reserves for advertising ({@code 987-65-4320} to {@code 987-65-4329}) and one repeated digit are examples.
     */
    static IdentifierFormat usItin() {
        return new IdentifierFormat("US_ITIN", "us-itin", bounded("9\\d{2}([- ]?)(\\d{2})\\1\\d{4}"), DIGIT,
                p -> p.longestGroupedDigits >= 9,
                ContextWords.of("itin", "individual taxpayer", "taxpayer identification", "tin"),
                m -> {
                    int group = Integer.parseInt(m.group(2));
                    String digits = WeightedChecksum.digitsOf(m.group());
                    boolean issued = (group >= 50 && group <= 65 || group >= 70 && group <= 88
                            || group >= 90 && group <= 92 || group >= 94)
                            && !digits.startsWith("98765432") && !WeightedChecksum.isOneRepeatedDigit(digits);
                    return when(issued, "-".equals(m.group(1)) ? VALID : NEEDS_CONTEXT);
                }, FORMATTED)
                .fitting(chain(9));
    }

    static IdentifierFormat usNpi() {
        return new IdentifierFormat("US_NPI", "us-npi", bounded("[12]\\d{9}"), DIGIT,
                p -> p.longestGroupedDigits >= 10,
                ContextWords.of("npi", "national provider", "provider id", "provider number"),
                m -> when(UsNpi.isValid(m.group()), NEEDS_CONTEXT), CONFIDENCE_UNUSED)
                .fitting(chain(10));
    }

    /** NHS number: {@code 943 476 5919} is also how US phone numbers are written, so always a context word. */
    static IdentifierFormat ukNhs() {
        return new IdentifierFormat("UK_NHS", "uk-nhs", bounded("\\d{3}([- ]?)\\d{3}\\1\\d{4}"), DIGIT,
                p -> p.longestGroupedDigits >= 10,
                ContextWords.of("nhs", "national health service", "health service"),
                m -> when(NhsNumber.isValid(WeightedChecksum.digitsOf(m.group())), NEEDS_CONTEXT), CONFIDENCE_UNUSED)
                .fitting(chain(10));
    }

    static IdentifierFormat polandPesel() {
        return new IdentifierFormat("PL_PESEL", "pl-pesel", bounded("\\d{11}"), DIGIT,
                p -> p.longestGroupedDigits >= 11,
                ContextWords.of("pesel"),
                m -> when(PolishPesel.isValid(m.group()), NEEDS_CONTEXT), CONFIDENCE_UNUSED)
                .fitting(chain(11));
    }

    /** Henkilötunnus: {@code DDMMYY}, century sign, three digits, check character (mod 31). */
    static IdentifierFormat finlandIdentityCode() {
        return new IdentifierFormat("FI_PERSONAL_IDENTITY_CODE", "fi-personal-identity-code",
                bounded("\\d{6}[-+A-FU-Y]\\d{3}[0-9A-FHJ-NPR-Y]"), DIGIT,
                p -> p.digits >= 9,
                ContextWords.of("henkilötunnus", "hetu", "personal identity code", "sosiaaliturvatunnus"),
                m -> when(FinnishIdentityCode.isValid(m.group()), VALID), DISTINCTIVE)
                .fitting((digits, run) -> digits == 6 || digits == 9);
    }

    /** Voter ID (EPIC): three letters and seven digits, no checksum: always a context word. */
    static IdentifierFormat indiaVoterId() {
        return new IdentifierFormat("IN_VOTER", "in-voter", bounded("[A-Z]{3}\\d{7}"), UPPER,
                p -> p.longestGroupedDigits >= 7 && p.upperCaseLetters >= 3,
                ContextWords.of("voter", "epic", "electoral", "election"),
                m -> NEEDS_CONTEXT, CONFIDENCE_UNUSED)
                .fitting(run(10));
    }

    /** {@code 1234567}, {@code 12345678}: the digits of documentation examples. */
    static boolean isCountingRun(String digits) {
        for (int i = 1; i < digits.length(); i++) {
            if (digits.charAt(i) != digits.charAt(i - 1) + 1) {
                return false;
            }
        }
        return true;
    }
}
