package io.interven.plugin.pii;

import static io.interven.plugin.pii.IdentifierFormat.FirstChar.DIGIT;
import static io.interven.plugin.pii.IdentifierFormat.FirstChar.UPPER_OR_DIGIT;
import static io.interven.plugin.pii.IdentifierFormat.Verdict.NEEDS_CONTEXT;
import static io.interven.plugin.pii.IdentifierFormat.Verdict.VALID;
import static io.interven.plugin.pii.IdentifierFormat.Shape.run;
import static io.interven.plugin.pii.IdentifierFormat.Shape.withRunDigits;
import static io.interven.plugin.pii.IdentifierFormat.bounded;
import static io.interven.plugin.pii.IdentifierFormat.when;

import java.util.List;

/**
 * Tax and registration numbers of people and businesses that Presidio recognizes beyond {@link NationalIdFormats}:
 * the Thai national id, the Italian VAT number, Singapore's UEN and India's GSTIN. A one-digit or one-letter check
 * over a common shape needs a context word (gated, {@link IdentifierFormat#gatedByContext()}); the GSTIN, a PAN
 * inside a rare layout with a base-36 check character, stands alone.
 */
final class TaxIdFormats {
    private static final double CONFIDENCE_UNUSED = 0.0;
    private static final double DISTINCTIVE = 0.8;

    private TaxIdFormats() {
    }

    static List<IdentifierFormat> all() {
        return List.of(thailandNationalId(), italyVatCode(), singaporeUen(), indiaGstin());
    }

    /** Thirteen digits, bare or {@code 1-2345-67890-12-1}; a mod 11 check digit. */
    static IdentifierFormat thailandNationalId() {
        return new IdentifierFormat("TH_TNIN", "th-tnin",
                bounded("[1-8]([- ]?)[0-9]{4}\\1[0-9]{5}\\1[0-9]{2}\\1[0-9]"), DIGIT,
                p -> p.longestGroupedDigits >= 13,
                ContextWords.of("thai id", "thai national id", "national id", "tnin", "citizen id",
                        "บัตรประชาชน", "เลขประจำตัวประชาชน", "เลขบัตรประชาชน"),
                m -> when(ThaiNationalId.isValid(WeightedChecksum.digitsOf(m.group())), NEEDS_CONTEXT),
                CONFIDENCE_UNUSED)
                .fitting(IdentifierFormat.Shape.chain(13)).gatedByContext();
    }

    /** Partita IVA: eleven digits, optionally after {@code IT}; Luhn and the issuing office. */
    static IdentifierFormat italyVatCode() {
        return new IdentifierFormat("IT_VAT_CODE", "it-vat-code", bounded("(?:IT ?)?([0-9]{11})"), UPPER_OR_DIGIT,
                p -> p.longestGroupedDigits >= 11,
                ContextWords.of("partita iva", "p.iva", "p. iva", "piva", "iva", "vat", "vat number", "vat no",
                        "vat id", "codice iva"),
                m -> when(ItalianVatNumber.isValid(m.group(1)), NEEDS_CONTEXT), CONFIDENCE_UNUSED)
                .fitting(withRunDigits((digits, run, runDigits) -> digits == 11
                        || digits == 0 && (run == 13 && runDigits == 11 || run == 2 && runDigits == 0)))
                .gatedByContext();
    }

    /** UEN: {@code 53012345D}, {@code 201912345K}, {@code T09LL0001B}; a check letter. */
    static IdentifierFormat singaporeUen() {
        return new IdentifierFormat("SG_UEN", "sg-uen",
                bounded("[0-9]{8,9}[A-Z]|[TSR][0-9]{2}[A-Z]{2}[0-9]{4}[A-Z]"), UPPER_OR_DIGIT,
                p -> p.digits >= 6 && p.upperCaseLetters >= 1,
                ContextWords.of("uen", "unique entity number", "acra", "business registration", "entity number"),
                m -> when(SingaporeUen.isValid(m.group()), NEEDS_CONTEXT), CONFIDENCE_UNUSED)
                .fitting(withRunDigits((digits, run, runDigits) -> run == 9 && runDigits == 8
                        || run == 10 && runDigits >= 6)).gatedByContext();
    }

    /** GSTIN: {@code 27AAPFU0939F1ZV}. */
    static IdentifierFormat indiaGstin() {
        return new IdentifierFormat("IN_GSTIN", "in-gstin",
                bounded("[0-9]{2}[A-Z]{3}[ABCFGHJLPT][A-Z][0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]"), DIGIT,
                p -> p.upperCaseLetters >= 7 && p.digits >= 6,
                ContextWords.of("gstin", "gst", "gst number", "gst no", "goods and services tax"),
                m -> when(IndiaGstin.isValid(m.group()), VALID), DISTINCTIVE)
                .fitting(run(15));
    }
}
