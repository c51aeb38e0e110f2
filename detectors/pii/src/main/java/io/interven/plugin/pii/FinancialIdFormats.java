package io.interven.plugin.pii;

import static io.interven.plugin.pii.IdentifierFormat.FirstChar.DIGIT;
import static io.interven.plugin.pii.IdentifierFormat.FirstChar.UPPER;
import static io.interven.plugin.pii.IdentifierFormat.FirstChar.UPPER_OR_DIGIT;
import static io.interven.plugin.pii.IdentifierFormat.Verdict.NEEDS_CONTEXT;
import static io.interven.plugin.pii.IdentifierFormat.Verdict.REJECTED;
import static io.interven.plugin.pii.IdentifierFormat.Verdict.VALID;
import static io.interven.plugin.pii.IdentifierFormat.Shape.chain;
import static io.interven.plugin.pii.IdentifierFormat.Shape.run;
import static io.interven.plugin.pii.IdentifierFormat.bounded;
import static io.interven.plugin.pii.IdentifierFormat.when;

import java.util.List;

/**
 * Identifiers of accounts and assets: US bank routing numbers, SWIFT/BIC codes, cryptocurrency wallet addresses
 * and vehicle identification numbers.
 */
final class FinancialIdFormats {
    private FinancialIdFormats() {
    }

    /**
     * The formats recognized by default. SWIFT/BIC codes are not among them: a BIC names a bank, not a person, and
     * labelled traffic leaves the BIC written beside an IBAN unmarked ({@code IBAN ... (BIC BARCGB22)}); add
     * {@link #swiftCode()} to recognize them.
     */
    static List<IdentifierFormat> all() {
        return List.of(abaRoutingNumber(), usBankNumber(), cryptoWallet(), vin());
    }

    /** Words that name a bank account on their own. */
    private static final ContextWords BANK_ACCOUNT = ContextWords.of("bank account", "bank acct", "bank account number",
            "checking account", "checking acct", "chequing account", "savings account", "savings acct",
            "deposit account", "direct deposit", "beneficiary account", "acct no", "acct number", "a/c no",
            "a/c number").withTextOnly("acct #", "acct#", "a/c #");
    /** Words that name an account of any kind (AWS, SaaS, bank): a bank account only beside {@link #BANK_CUES}. */
    private static final ContextWords ACCOUNT_NUMBER = ContextWords.of("account number", "account no",
            "account num", "account nr").withTextOnly("account #", "account#");
    private static final ContextWords BANK_CUES = ContextWords.of("bank", "banking", "routing", "aba", "ach", "wire",
            "swift", "sort code", "checking", "savings", "credit union", "beneficiary");

    /**
     * US bank account number: 8 to 17 bare digits, the shape of every other number, so only after words that name a
     * bank account ({@code bank account}, {@code checking account}, {@code acct no}), or {@code account number}
     * beside a bank word ({@code bank}, {@code routing}, {@code ACH}, ...). {@code account} alone names AWS and SaaS
     * accounts too and never counts.
     */
    static IdentifierFormat usBankNumber() {
        return new IdentifierFormat("US_BANK_NUMBER", "us-bank-number", bounded("[0-9]{8,17}"), DIGIT,
                p -> p.longestGroupedDigits >= 8,
                IdentifierContext.anyOf(BANK_ACCOUNT, IdentifierContext.allOf(ACCOUNT_NUMBER, BANK_CUES)),
                m -> when(!DocumentNumber.isPlaceholder(m.group()) && !DocumentNumber.isDateLike(m.group()),
                        NEEDS_CONTEXT), 0.0)
                .fitting(IdentifierFormat.Shape.withRunDigits((digits, run, runDigits) -> run >= 8 && run <= 17
                        && runDigits == run)).gatedByContext();
    }

    /** Nine digits (or {@code 0110-0001-5}) with a one-digit checksum: always a context word. */
    static IdentifierFormat abaRoutingNumber() {
        return new IdentifierFormat("ABA_ROUTING_NUMBER", "aba-routing-number", bounded("\\d{9}|\\d{4}-\\d{4}-\\d"),
                DIGIT, p -> p.longestGroupedDigits >= 9,
                ContextWords.of("routing", "aba", "rtn", "transit number", "ach"),
                m -> when(AbaRoutingNumber.isValid(WeightedChecksum.digitsOf(m.group())), NEEDS_CONTEXT), 0.0)
                .fitting(chain(9));
    }

    /** Eight or eleven letters and digits like many upper-case words: always a context word. */
    static IdentifierFormat swiftCode() {
        return new IdentifierFormat("SWIFT_CODE", "swift-code", bounded("[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?"), UPPER,
                p -> p.upperCaseLetters >= 6,
                ContextWords.of("swift", "bic", "swift code", "bic code", "bank identifier code", "swiftbic"),
                m -> when(SwiftCode.isValid(m.group()), NEEDS_CONTEXT), 0.0)
                .fitting((digits, run) -> run == 8 || run == 11);
    }

    /**
     * Bitcoin legacy (Base58Check) and SegWit (Bech32/Bech32m) addresses, and Ethereum addresses whose mixed case is
     * their EIP-55 checksum, stand alone; an all-lower or all-upper Ethereum address carries no checksum and needs a
     * context word.
     */
    static IdentifierFormat cryptoWallet() {
        return new IdentifierFormat("CRYPTO_WALLET", "crypto-wallet",
                bounded("([13][1-9A-HJ-NP-Za-km-z]{25,34})|((?:bc|BC)1[02-9ac-hj-np-zAC-HJ-NP-Z]{11,87})"
                        + "|0x([0-9a-fA-F]{40})"),
                c -> c == '1' || c == '3' || c == 'b' || c == 'B' || c == '0',
                p -> p.digits >= 1,
                ContextWords.of("wallet", "eth", "ethereum", "ether", "address", "metamask", "crypto", "usdt", "usdc",
                        "recipient", "send to", "deposit", "payout"),
                FinancialIdFormats::judgeWallet, 0.8)
                .fitting((digits, run) -> run >= 14 && run <= 90);
    }

    private static IdentifierFormat.Verdict judgeWallet(java.util.regex.Matcher m) {
        if (m.group(1) != null) {
            return when(Base58Check.isBitcoinAddress(m.group(1)), VALID);
        }
        if (m.group(2) != null) {
            return when(Bech32Address.isBitcoinAddress(m.group(2)), VALID);
        }
        String hex = m.group(3);
        if (WeightedChecksum.isOneRepeatedDigit(hex)) {
            return REJECTED; // the zero address and other placeholders
        }
        if (Eip55Checksum.hasChecksum(hex)) {
            return when(Eip55Checksum.isValid(hex), VALID);
        }
        return NEEDS_CONTEXT;
    }

    /**
     * VIN: with a valid North American check digit, a letter, serial digits at the end and not all hex, it stands
     * alone; otherwise (European VINs have no check digit) a context word is needed.
     */
    static IdentifierFormat vin() {
        return new IdentifierFormat("VIN", "vin", bounded("[A-HJ-NPR-Z0-9]{17}"), UPPER_OR_DIGIT,
                p -> p.upperCaseLetters >= 1 && p.digits >= 4,
                ContextWords.of("vin", "vehicle identification", "chassis", "vehicle id"),
                m -> {
                    String vin = m.group();
                    if (!VinCheckDigit.isWellFormed(vin) || !hasLetterAndDigit(vin)) {
                        return REJECTED;
                    }
                    boolean standsAlone = VinCheckDigit.hasValidCheckDigit(vin) && endsInDigits(vin, 4)
                            && !isHex(vin);
                    return standsAlone ? VALID : NEEDS_CONTEXT;
                }, 0.7)
                .fitting(run(17));
    }

    private static boolean hasLetterAndDigit(String text) {
        boolean letter = false;
        boolean digit = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            letter |= c >= 'A' && c <= 'Z';
            digit |= c >= '0' && c <= '9';
        }
        return letter && digit;
    }

    private static boolean endsInDigits(String text, int count) {
        for (int i = text.length() - count; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isHex(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'F')) {
                return false;
            }
        }
        return true;
    }
}
