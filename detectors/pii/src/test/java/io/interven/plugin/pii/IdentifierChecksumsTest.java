package io.interven.plugin.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The check digit and letter algorithms of the identifiers, on published examples and one-character changes. */
class IdentifierChecksumsTest {

    @Test
    void verhoeffAcceptsCheckDigitsAndCatchesSingleErrorsAndTranspositions() {
        assertThat(VerhoeffChecksum.isValid("2363")).isTrue(); // the textbook example 236 -> 3
        assertThat(VerhoeffChecksum.isValid("234567890124")).isTrue();
        assertThat(VerhoeffChecksum.isValid("234567890125")).isFalse();
        assertThat(VerhoeffChecksum.isValid("324567890124")).isFalse(); // transposed neighbours
        assertThat(VerhoeffChecksum.isValid("2a3")).isFalse();
    }

    @Test
    void brazilCpfAndCnpj() {
        assertThat(BrazilTaxIdChecksum.isValidCpf("52998224725")).isTrue();
        assertThat(BrazilTaxIdChecksum.isValidCpf("11144477735")).isTrue();
        assertThat(BrazilTaxIdChecksum.isValidCpf("52998224726")).isFalse();
        assertThat(BrazilTaxIdChecksum.isValidCpf("52998224715")).isFalse();
        assertThat(BrazilTaxIdChecksum.isValidCpf("11111111111")).isFalse(); // passes the arithmetic, never issued
        assertThat(BrazilTaxIdChecksum.isValidCnpj("11222333000181")).isTrue();
        assertThat(BrazilTaxIdChecksum.isValidCnpj("11222333000182")).isFalse();
        assertThat(BrazilTaxIdChecksum.isValidCnpj("00000000000000")).isFalse();
    }

    @Test
    void spanishDniAndNieLetters() {
        assertThat(SpanishIdLetter.isValidDni("48392017", 'V')).isTrue();
        assertThat(SpanishIdLetter.isValidDni("48392017", 'W')).isFalse();
        assertThat(SpanishIdLetter.isValidNie('Y', "4829301", 'M')).isTrue();
        assertThat(SpanishIdLetter.isValidNie('X', "7345821", 'N')).isTrue();
        assertThat(SpanishIdLetter.isValidNie('X', "4829301", 'M')).isFalse(); // the prefix counts
        assertThat(SpanishIdLetter.isValidNie('A', "4829301", 'M')).isFalse();
    }

    @Test
    void italianFiscalCodeWithOmocodia() {
        assertThat(ItalianFiscalCode.isValid("RSSMRA85T10A562S")).isTrue();
        assertThat(ItalianFiscalCode.isValid("RSSMRA85T10A562T")).isFalse();
        assertThat(ItalianFiscalCode.isValid("RSSMRA85T10A56NH")).isTrue(); // last digit 2 written N: new check
        assertThat(ItalianFiscalCode.isValid("RSSMRA85T10A56NS")).isFalse();
        assertThat(ItalianFiscalCode.isValid("RSSMRA85T32A562S")).isFalse(); // day 32
        assertThat(ItalianFiscalCode.isValid("RSSMRA85F10A562S")).isFalse(); // F is no month
    }

    @Test
    void germanTaxIdNeedsOneRepeatedDigitAndTheCheckDigit() {
        assertThat(GermanTaxId.isValid("86095742719")).isTrue();
        assertThat(GermanTaxId.isValid("86095742718")).isFalse();
        assertThat(GermanTaxId.isValid("65321987404")).isFalse(); // ten different digits
        assertThat(GermanTaxId.isValid("06095742719")).isFalse(); // leading zero
        assertThat(GermanTaxId.isValid("11213456783")).isTrue(); // a digit three times, not in a row
        assertThat(GermanTaxId.isValid("11123456786")).isFalse(); // three in a row
    }

    @Test
    void dutchBsnElevenProof() {
        assertThat(DutchBsn.isValid("111222333")).isTrue();
        assertThat(DutchBsn.isValid("123456782")).isTrue();
        assertThat(DutchBsn.isValid("123456783")).isFalse();
        assertThat(DutchBsn.isValid("000000000")).isFalse();
    }

    @Test
    void australianIdentifiers() {
        assertThat(AustralianIdChecksum.isValidTfn("123456782")).isTrue();
        assertThat(AustralianIdChecksum.isValidTfn("123456781")).isFalse();
        assertThat(AustralianIdChecksum.isValidMedicare("2123456701")).isTrue();
        assertThat(AustralianIdChecksum.isValidMedicare("21234567011")).isTrue();
        assertThat(AustralianIdChecksum.isValidMedicare("2123456801")).isFalse();
        assertThat(AustralianIdChecksum.isValidMedicare("7123456701")).isFalse();
        assertThat(AustralianIdChecksum.isValidAbn("51824753556")).isTrue();
        assertThat(AustralianIdChecksum.isValidAbn("51824753557")).isFalse();
        assertThat(AustralianIdChecksum.isValidAcn("004085616")).isTrue();
        assertThat(AustralianIdChecksum.isValidAcn("004085617")).isFalse();
    }

    @Test
    void singaporeNricAndFinLetters() {
        assertThat(SingaporeNric.isValid('S', "1234567", 'D')).isTrue();
        assertThat(SingaporeNric.isValid('S', "1234567", 'E')).isFalse();
        assertThat(SingaporeNric.isValid('T', "1234567", 'J')).isTrue(); // 106 + 4 = 110, remainder 0
        assertThat(SingaporeNric.isValid('F', "1234567", 'N')).isTrue();
        assertThat(SingaporeNric.isValid('G', "1234567", 'X')).isTrue();
        assertThat(SingaporeNric.isValid('M', "1234567", 'K')).isTrue(); // 106 + 3 = 109, remainder 10
        assertThat(SingaporeNric.isValid('A', "1234567", 'D')).isFalse();
    }

    @Test
    void chinaResidentIdCheckCharacterAndBirthDate() {
        assertThat(ChinaResidentId.isValid("11010519491231002X")).isTrue();
        assertThat(ChinaResidentId.isValid("11010519491231002x")).isTrue();
        assertThat(ChinaResidentId.isValid("440304198506124212")).isTrue();
        assertThat(ChinaResidentId.isValid("110105194912310021")).isFalse();
        assertThat(ChinaResidentId.isValid("990105194912310029")).isFalse(); // no such province
        assertThat(ChinaResidentId.isValid("110105194913310029")).isFalse(); // month 13
        assertThat(ChinaResidentId.isValid("110105299912310029")).isFalse(); // born in the future
    }

    @Test
    void koreanRrnDateAndCheckDigit() {
        assertThat(KoreanRrn.hasValidDate("8503151234566")).isTrue();
        assertThat(KoreanRrn.hasValidCheckDigit("8503151234566")).isTrue();
        assertThat(KoreanRrn.hasValidCheckDigit("8503151234567")).isFalse();
        assertThat(KoreanRrn.hasValidDate("0207043123459")).isTrue();
        assertThat(KoreanRrn.hasValidDate("8513151234566")).isFalse(); // month 13
        assertThat(KoreanRrn.hasValidDate("8503159234566")).isFalse(); // sex digit 9
    }

    @Test
    void abaRoutingNumbers() {
        assertThat(AbaRoutingNumber.isValid("011000015")).isTrue();
        assertThat(AbaRoutingNumber.isValid("021000021")).isTrue();
        assertThat(AbaRoutingNumber.isValid("121000358")).isTrue();
        assertThat(AbaRoutingNumber.isValid("021000022")).isFalse();
        assertThat(AbaRoutingNumber.isValid("500000005")).isFalse(); // 50 is no routing symbol
        assertThat(AbaRoutingNumber.isValid("000000000")).isFalse();
    }

    @Test
    void swiftCodesNeedACountry() {
        assertThat(SwiftCode.isValid("DEUTDEFF")).isTrue();
        assertThat(SwiftCode.isValid("NWBKGB2L")).isTrue();
        assertThat(SwiftCode.isValid("DEUTDEFF500")).isTrue();
        assertThat(SwiftCode.isValid("PASSWORD")).isFalse(); // WO is no country
        assertThat(SwiftCode.isValid("DEUTDEF0")).isFalse(); // test code
        assertThat(SwiftCode.isValid("DEUTDEFF5")).isFalse();
    }

    @Test
    void base58CheckBitcoinAddresses() {
        assertThat(Base58Check.isBitcoinAddress("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa")).isTrue();
        assertThat(Base58Check.isBitcoinAddress("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy")).isTrue();
        assertThat(Base58Check.isBitcoinAddress("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb")).isFalse();
        assertThat(Base58Check.isBitcoinAddress("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfN0")).isFalse(); // 0 is no Base58
    }

    @ParameterizedTest
    @ValueSource(strings = {"bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", "BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ",
        "bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3",
        "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0"})
    void bech32AndBech32mAddresses(String address) {
        assertThat(Bech32Address.isBitcoinAddress(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdr", "bc1Qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
        "tb1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
        // a version 1 program with the version 0 checksum constant, and the reverse
        "bc1par0srrr7xfkvy5l643lydnw9re59gtzz9hrsqt", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzm4yhgz"})
    void bech32Lookalikes(String address) {
        assertThat(Bech32Address.isBitcoinAddress(address)).isFalse();
    }

    @Test
    void keccak256IsTheOriginalPaddingNotSha3() {
        assertThat(HexFormat.of().formatHex(Keccak256.hash(new byte[0])))
                .isEqualTo("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
        assertThat(HexFormat.of().formatHex(Keccak256.hash("abc".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45");
        byte[] longer = new byte[200]; // more than one block
        assertThat(Keccak256.hash(longer)).hasSize(32).isNotEqualTo(Keccak256.hash(new byte[199]));
    }

    @ParameterizedTest
    @ValueSource(strings = {"5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "fB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
        "dbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB", "D1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"})
    void eip55Checksums(String hex) {
        assertThat(Eip55Checksum.hasChecksum(hex)).isTrue();
        assertThat(Eip55Checksum.isValid(hex)).isTrue();
        int last = hex.length() - 1;
        while (Character.isDigit(hex.charAt(last))) {
            last--;
        }
        char letter = hex.charAt(last);
        String flipped = hex.substring(0, last)
                + (Character.isUpperCase(letter) ? Character.toLowerCase(letter) : Character.toUpperCase(letter))
                + hex.substring(last + 1);
        assertThat(Eip55Checksum.isValid(flipped)).isFalse();
        assertThat(Eip55Checksum.hasChecksum(hex.toLowerCase())).isFalse();
    }

    @Test
    void vinCheckDigit() {
        assertThat(VinCheckDigit.isWellFormed("1HGCM82633A004352")).isTrue();
        assertThat(VinCheckDigit.hasValidCheckDigit("1HGCM82633A004352")).isTrue();
        assertThat(VinCheckDigit.hasValidCheckDigit("1M8GDM9AXKP042788")).isTrue(); // X stands for 10
        assertThat(VinCheckDigit.hasValidCheckDigit("1HGCM82643A004352")).isFalse();
        assertThat(VinCheckDigit.isWellFormed("1HGCM82633I004352")).isFalse(); // I is never used
        assertThat(VinCheckDigit.isWellFormed("1HGCM82630A004352")).isFalse(); // 0 is no model year
    }

    @Test
    void healthAndPersonalNumbers() {
        assertThat(UsNpi.isValid("1234567893")).isTrue();
        assertThat(UsNpi.isValid("1234567894")).isFalse();
        assertThat(UsNpi.isValid("3234567893")).isFalse();
        assertThat(NhsNumber.isValid("9434765919")).isTrue();
        assertThat(NhsNumber.isValid("9434765918")).isFalse();
        assertThat(PolishPesel.isValid("44051401359")).isTrue();
        assertThat(PolishPesel.isValid("02270803624")).isTrue(); // born 2002: month + 20
        assertThat(PolishPesel.isValid("44051401358")).isFalse();
        assertThat(PolishPesel.isValid("44053201357")).isFalse(); // 32 May
        assertThat(FinnishIdentityCode.isValid("131052-308T")).isTrue();
        assertThat(FinnishIdentityCode.isValid("010594Y9032")).isTrue();
        assertThat(FinnishIdentityCode.isValid("131052-308U")).isFalse();
        assertThat(FinnishIdentityCode.isValid("131052G308T")).isFalse(); // G is no century sign
    }
}
