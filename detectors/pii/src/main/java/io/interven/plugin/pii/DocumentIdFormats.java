package io.interven.plugin.pii;

import static io.interven.plugin.pii.IdentifierFormat.FirstChar.DIGIT;
import static io.interven.plugin.pii.IdentifierFormat.FirstChar.UPPER;
import static io.interven.plugin.pii.IdentifierFormat.FirstChar.UPPER_OR_DIGIT;
import static io.interven.plugin.pii.IdentifierFormat.Verdict.NEEDS_CONTEXT;
import static io.interven.plugin.pii.IdentifierFormat.Verdict.REJECTED;
import static io.interven.plugin.pii.IdentifierFormat.Verdict.VALID;
import static io.interven.plugin.pii.IdentifierFormat.Shape.chain;
import static io.interven.plugin.pii.IdentifierFormat.Shape.withRunDigits;
import static io.interven.plugin.pii.IdentifierFormat.bounded;
import static io.interven.plugin.pii.IdentifierFormat.when;

import java.util.List;
import java.util.regex.Matcher;

/**
 * Numbers of documents and registrations: driver licences, passports, identity cards, vehicle registrations and
 * prescribers' licences. Most have no check digit and a shape that many ids share, so they are read only after a
 * context word that names the document ({@code driver's license}, {@code passport}, {@code patente}); those formats
 * are gated ({@link IdentifierFormat#gatedByContext()}): a field that holds none of their words costs one look for
 * them, at the first candidate.
 */
final class DocumentIdFormats {
    private static final double CONFIDENCE_UNUSED = 0.0;
    private static final double VEHICLE_ALONE = 0.6;
    private static final int MIN_LICENCE_LENGTH = 5;
    private static final int MAX_LICENCE_LENGTH = 20;
    private static final int MIN_LICENCE_DIGITS = 3;

    private DocumentIdFormats() {
    }

    static List<IdentifierFormat> all() {
        return List.of(usDriverLicense(), usPassport(), indiaPassport(), indiaVehicleRegistration(),
                italyDriverLicense(), italyIdentityCard(), italyPassport(), usDeaNumber(), koreaPassport(),
                koreaDriverLicense());
    }

    /**
     * US driver licence: every state has its own layout (one to three letters and digits, 5 to 20 characters, some in
     * dashed groups), so no shape is distinctive: always a context word that names the licence, and a value with
     * digits that is not a date, phone number, SSN or placeholder.
     */
    static IdentifierFormat usDriverLicense() {
        return new IdentifierFormat("US_DRIVER_LICENSE", "us-driver-license",
                bounded("(?=[A-Z]{0,19}[0-9])[A-Z0-9]{1,20}+(?:-[0-9][A-Z0-9]{0,19}+){0,4}(?!-[A-Za-z0-9])"
                        + "|[0-9]{1,20}+(?: [0-9]{1,20}+){1,4}"),
                UPPER_OR_DIGIT, p -> p.digits >= MIN_LICENCE_DIGITS,
                ContextWords.of("driver's license", "driver's licence", "driver’s license", "driver’s licence",
                        "drivers license", "drivers licence", "driver license", "driver licence", "driving license",
                        "driving licence", "driver's lic", "driver lic", "drivers lic", "dl number", "dl no",
                        "dl num", "dl nr", "driver license number", "license to drive")
                        .withTextOnly("dl#", "dl #"),
                m -> when(isLicenceValue(m.group()), NEEDS_CONTEXT), CONFIDENCE_UNUSED)
                .fitting(withRunDigits((digits, run, runDigits) -> run <= MAX_LICENCE_LENGTH && runDigits >= 1))
                .gatedByContext();
    }

    private static boolean isLicenceValue(String value) {
        String alphanumerics = value.replace("-", "").replace(" ", "");
        int digits = DocumentNumber.digits(alphanumerics);
        int letters = alphanumerics.length() - digits;
        return alphanumerics.length() >= MIN_LICENCE_LENGTH && alphanumerics.length() <= MAX_LICENCE_LENGTH
                && digits >= MIN_LICENCE_DIGITS && letters <= digits && !DocumentNumber.isPlaceholder(alphanumerics)
                && !DocumentNumber.isDateLike(value) && !DocumentNumber.isPhoneOrSsnLayout(value);
    }

    private static final ContextWords PASSPORT = ContextWords.of("passport", "passport number", "passport no",
            "passport#", "passport num", "travel document");

    /** US passport book: nine digits, or (since 2021) a letter and eight digits. */
    static IdentifierFormat usPassport() {
        return new IdentifierFormat("US_PASSPORT", "us-passport", bounded("[0-9]{9}|[A-Z][0-9]{8}"), UPPER_OR_DIGIT,
                p -> p.longestGroupedDigits >= 8, PASSPORT,
                m -> when(!DocumentNumber.isPlaceholder(WeightedChecksum.digitsOf(m.group())), NEEDS_CONTEXT),
                CONFIDENCE_UNUSED)
                .fitting(withRunDigits((digits, run, runDigits) -> run == 9 && runDigits >= 8)).gatedByContext();
    }

    /**
     * Indian passport: a letter (Q, X and Z are not issued), seven digits, the first and last not 0, optionally a
     * space after the third character.
     */
    static IdentifierFormat indiaPassport() {
        return new IdentifierFormat("IN_PASSPORT", "in-passport", bounded("[A-PR-WY][1-9][0-9] ?[0-9]{4}[1-9]"),
                UPPER, p -> p.digits >= 7, PASSPORT,
                m -> when(!DocumentNumber.isPlaceholder(WeightedChecksum.digitsOf(m.group())), NEEDS_CONTEXT),
                CONFIDENCE_UNUSED)
                .fitting(withRunDigits((digits, run, runDigits) -> run == 8 && runDigits == 7 || run == 3 && runDigits == 2))
                .gatedByContext();
    }

    /**
     * Indian vehicle registration: {@code MH12AB1234}, {@code KA 05 MN 1234}, {@code DL-3C-AB-1234}, and the Bharat
     * series {@code 22BH1234AA}. The state code from its list and the layout (letters, digits, letters, four
     * digits) are rare enough for the two-digit district form and the Bharat series to stand alone; the one-digit
     * district form, and a value of hex digits only ({@code DD12AB1234}), need a context word.
     */
    static IdentifierFormat indiaVehicleRegistration() {
        return new IdentifierFormat("IN_VEHICLE_REGISTRATION", "in-vehicle-registration",
                bounded("([A-Z]{2})([ -]?)([0-9]{1,2})\\2([A-Z]{1,3})\\2([0-9]{4})"
                        + "|([0-9]{2})([ -]?)BH\\7([0-9]{4})\\7([A-Z]{2})"),
                UPPER_OR_DIGIT, p -> p.upperCaseLetters >= 2 && p.digits >= 5,
                ContextWords.of("vehicle", "vehicle number", "vehicle no", "registration", "registration number",
                        "reg no", "reg. no", "regn", "number plate", "plate", "rto", "rc", "car number", "bike number"),
                DocumentIdFormats::judgeIndianVehicle, VEHICLE_ALONE)
                .fitting((digits, run) -> digits == 0 ? run == 2 || run >= 7 && run <= 11
                        : digits == 2 && (run == 2 || run == 10));
    }

    private static IdentifierFormat.Verdict judgeIndianVehicle(Matcher m) {
        if (m.group(1) != null) {
            if (!IndiaVehicleRegistration.isValidStateSeries(m.group(1), m.group(3), m.group(5))) {
                return REJECTED;
            }
            boolean hex = m.group().chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'A' && c <= 'F' || c == ' '
                    || c == '-');
            return m.group(3).length() == 2 && !hex ? VALID : NEEDS_CONTEXT;
        }
        return when(IndiaVehicleRegistration.isValidBharatSeries(m.group(6), m.group(8), m.group(9)), VALID);
    }

    /** Italian driving licence (patente di guida): {@code AB1234567C}, or {@code U1} and eight characters. */
    static IdentifierFormat italyDriverLicense() {
        return new IdentifierFormat("IT_DRIVER_LICENSE", "it-driver-license",
                bounded("[A-Z]{2}[0-9]{7}[A-Z]|U1[A-Z0-9]{7}[A-Z]"), UPPER, p -> p.digits >= 2,
                ContextWords.of("patente", "patente di guida", "licenza di guida", "numero patente"),
                m -> when(DocumentNumber.digits(m.group()) >= 2 && !DocumentNumber.isPlaceholder(m.group()),
                        NEEDS_CONTEXT), CONFIDENCE_UNUSED)
                .fitting(withRunDigits((digits, run, runDigits) -> run == 10 && runDigits >= 2)).gatedByContext();
    }

    /**
     * Italian identity card: the paper card {@code AB 1234567}, the electronic card (CIE) {@code 1234567AB} (2.0) and
     * {@code CA12345AB} (3.0).
     */
    static IdentifierFormat italyIdentityCard() {
        return new IdentifierFormat("IT_IDENTITY_CARD", "it-identity-card",
                bounded("[A-Z]{2} ?[0-9]{7}|[0-9]{7}[A-Z]{2}|[A-Z]{2}[0-9]{5}[A-Z]{2}"), UPPER_OR_DIGIT,
                p -> p.digits >= 5,
                ContextWords.of("carta d'identità", "carta d'identita", "carta d’identità", "carta di identità",
                        "carta di identita", "carta identità", "carta identita", "cie", "documento di identità",
                        "documento d'identità", "identità elettronica"),
                m -> when(!DocumentNumber.isPlaceholder(WeightedChecksum.digitsOf(m.group())), NEEDS_CONTEXT),
                CONFIDENCE_UNUSED)
                .fitting(withRunDigits((digits, run, runDigits) -> run == 2 && runDigits == 0 || run == 9 && runDigits >= 5))
                .gatedByContext();
    }

    /** Italian passport: two letters and seven digits. */
    static IdentifierFormat italyPassport() {
        return new IdentifierFormat("IT_PASSPORT", "it-passport", bounded("[A-Z]{2}[0-9]{7}"), UPPER,
                p -> p.digits >= 7, ContextWords.of("passaporto", "numero passaporto", "passport"),
                m -> when(!DocumentNumber.isPlaceholder(WeightedChecksum.digitsOf(m.group())), NEEDS_CONTEXT),
                CONFIDENCE_UNUSED)
                .fitting(withRunDigits((digits, run, runDigits) -> run == 9 && runDigits == 7)).gatedByContext();
    }

    /**
     * Korean passport: a letter (M, S, R, O, D or G) and eight digits, or, since 2021, a letter, three digits, a
     * letter and four digits ({@code M123A4567}). No check digit, and the shape is common in part and order codes:
     * always a Korean context word (a passport named in English is read by the other passport formats).
     */
    static IdentifierFormat koreaPassport() {
        return new IdentifierFormat("KR_PASSPORT", "kr-passport",
                bounded("[MSRODG](?:[0-9]{8}|[0-9]{3}[A-Z][0-9]{4})"), UPPER, p -> p.digits >= 7,
                ContextWords.of("여권", "여권번호", "korean passport", "korea passport"),
                m -> when(!DocumentNumber.isPlaceholder(WeightedChecksum.digitsOf(m.group())), NEEDS_CONTEXT),
                CONFIDENCE_UNUSED)
                .fitting(withRunDigits((digits, run, runDigits) -> run == 9 && runDigits >= 7)).gatedByContext();
    }

    /**
     * Korean driver licence: twelve digits {@code NN-NN-NNNNNN-NN}, the first two a region code (11 to 28). No
     * published check: always a context word that names the licence in Korean, or a Korean one in English.
     */
    static IdentifierFormat koreaDriverLicense() {
        return new IdentifierFormat("KR_DRIVER_LICENSE", "kr-driver-license",
                bounded("(?:1[1-9]|2[0-8])(-?)[0-9]{2}\\1[0-9]{6}\\1[0-9]{2}"), DIGIT,
                p -> p.longestGroupedDigits >= 12,
                ContextWords.of("운전면허", "운전면허번호", "면허번호", "korean driver's license", "korean driving licence",
                        "korean driver license"),
                m -> when(!DocumentNumber.isPlaceholder(WeightedChecksum.digitsOf(m.group())), NEEDS_CONTEXT),
                CONFIDENCE_UNUSED)
                .fitting(chain(12)).gatedByContext();
    }

    /**
     * A prescriber's DEA registration number (Presidio's {@code MEDICAL_LICENSE}): a one-digit checksum over a shape
     * that Italian passports share, so always a context word.
     */
    static IdentifierFormat usDeaNumber() {
        return new IdentifierFormat("MEDICAL_LICENSE", "us-dea-number", bounded("[A-Z][A-Z9][0-9]{7}"), UPPER,
                p -> p.digits >= 7,
                ContextWords.of("dea", "dea number", "dea no", "dea registration", "medical license",
                        "medical licence", "prescriber", "narcotics license").withTextOnly("dea#"),
                m -> when(DeaNumber.isValid(m.group()), NEEDS_CONTEXT), CONFIDENCE_UNUSED)
                .fitting(withRunDigits((digits, run, runDigits) -> run == 9 && runDigits >= 7)).gatedByContext();
    }
}
