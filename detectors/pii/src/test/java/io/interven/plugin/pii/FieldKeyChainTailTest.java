package io.interven.plugin.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FieldKeyChainTailTest {

    @Test
    void chainTailIsTheEndOfTheChain() {
        String[][] cases = {
            {"$.personalizations[0].to[0].name", "name"}, {"$|form['metadata[ssn]']", "ssn"},
            {"$.data.customer.first_name", "first_name"}, {"$.records[12].text", "text"}, {"$", "x"},
            {"$", null}, {"$[0][1]", "1"}, {"$['a b'].c\td", "d"}, {"$.a|json.b|b64.passport.no", "no"},
            {"$|json", "k"}, {"$.x|", "x"}, {"$.na|jsonme", "me"}, {"$.Über.Straße", "Straße"},
            {"$.a.123.b-c", "b-c"}, {"$.a..b", "b"}, {"$['x']['y']['z']", "z"}, {"", "key"}, {"", ""},
            {"$.only", null}, {"$.address.line1", "line1"}, {"$.a.__", "__"}, {"$.a.|key", "a"},
            {"$.fields[0].value", "Date of Birth"}, {"$|multipart[1].body", "first_name"}, {"$.rows|csv[1][2]", "DOB"},
            {"$['first name']", "first name"}, {"$.a.b", "123"}, {"$.a.b", ""},
            {"$.records[3].sha", "sha"}, {"$.a.b2", "b2"}, {"$.a.xb2", "b2"}, {"$.a.b_2", "2"}, {"sha", "sha"},
            {"$.x.123", "123"}, {"$.x.Sha", "Sha"}, {"$.x.sha", "Sha"}, {"$.x['sha']", "sha"}, {"$.x sha", "sha"},
            {"$.x|json.sha", "sha"}, {"$.x.sha", "sha "},
        };
        for (String[] c : cases) {
            List<String> chain = FieldKey.chain(c[0], c[1]);
            List<String> tail = chain.subList(Math.max(0, chain.size() - 2), chain.size());
            assertThat(FieldKey.chainTail(c[0], c[1])).as(c[0]).isEqualTo(tail);
            assertThat(FieldKey.lastName(c[0], c[1])).as(c[0]).isEqualTo(chain.isEmpty() ? "" : chain.get(chain.size() - 1));
        }
    }

    @Test
    void aValueFiledUnderTheNameBesideItEndsWithThatName() {
        assertThat(FieldKey.chainTail("$.fields[0].value", "Date of Birth")).containsExactly("value", "dateofbirth");
        assertThat(FieldKey.lastName("$.fields[0].value", "Date of Birth")).isEqualTo("dateofbirth");
        assertThat(FieldKey.chain("$.rows|csv[1][2]", "DOB")).containsExactly("rows", "dob");
        assertThat(FieldKey.chainTail("$.customer.name", "name")).containsExactly("customer", "name");
        assertThat(FieldKey.chainTail("$.a.b", "7")).containsExactly("a", "b");
        assertThat(FieldKey.chainTail("$['first name']", "first name")).containsExactly("first", "name");
        assertThat(FieldKey.chainTail("$|form['metadata[ssn]']", "metadata[ssn]")).containsExactly("metadata", "ssn");
    }

    /** Skipping recognizers by the text's profile never changes what the detector finds. */
    @Test
    void profileGatingFindsWhatEveryRecognizerFinds() {
        List<PiiRecognizer> all = List.of(new EmailRecognizer(), new CreditCardRecognizer(),
                new PhoneNumberRecognizer(), new IbanRecognizer(), new UsSsnRecognizer(), new IpAddressRecognizer(),
                new UkNinoRecognizer(), new StructuredFieldRecognizer());
        PiiDetector detector = new PiiDetector(all);
        String[] parts = {"0", "1", "4", "5", "7", "9", "12", "415", "555", " ", "-", ".", ":", "(", ")", "+", "x",
            "ext. ", "@", "a", "B", "GB", "gb", "AB", "C", "ex", "ample.com", "phone ", "ssn ", "card ", "\n", "_",
            "\u00A0", "/", "4111 1111 1111 1111", "GB82 WEST 1234 5698 7654 32", "2001:4860::8888", "8.8.8.8",
            "AB123456C", "586-89-0268", "+44 20 8542 4516", "jane.doe@example.com", "(503) 937-4811", "\u00E9",
            "a5551234567", "de89", "Gb", "nl", "370400440532013000", "6467521857", "00", "tel", "order ", "123 45 6789", "078-05-1120", "586890268", "5868902681"};
        java.util.Random random = new java.util.Random(42);
        String[] keys = {"note", "phone", "id", "ssn", "name", "full_name"};
        for (int i = 0; i < 4000; i++) {
            StringBuilder text = new StringBuilder();
            int n = 1 + random.nextInt(14);
            for (int j = 0; j < n; j++) {
                text.append(parts[random.nextInt(parts.length)]);
            }
            String key = keys[random.nextInt(keys.length)];
            io.interven.spi.ScanField field = new io.interven.spi.ScanField("$.customer." + key,
                    io.interven.spi.FieldLocation.BODY, key, text.toString());
            List<io.interven.spi.Finding> expected = new java.util.ArrayList<>();
            for (PiiRecognizer recognizer : all) {
                expected.addAll(recognizer.recognize(field));
            }
            assertThat(detector.detect(field)).as(text.toString()).isEqualTo(expected);
            java.util.regex.Matcher m = IbanRecognizer.START.matcher(field.text());
            for (int from = 0; from <= field.text().length(); from++) {
                int regex = m.find(from) ? m.start() : -1;
                assertThat(IbanRecognizer.nextStart(field.text(), from)).as(field.text()).isEqualTo(regex);
            }
        }
    }

    /** A field of digits only is judged as the same digits followed by a blank. */
    @Test
    void cardNumbersInPlainNumberFieldsAreFoundAsInText() {
        CreditCardRecognizer cards = new CreditCardRecognizer();
        String[] prefixes = {"4", "51", "2221", "34", "37", "6011", "65", "3528", "1800", "300", "36", "62", "2200",
            "508", "81", "35", "50", "56", "1701", "9"};
        java.util.Random random = new java.util.Random(7);
        int found = 0;
        for (int i = 0; i < 20000; i++) {
            StringBuilder digits = new StringBuilder(prefixes[random.nextInt(prefixes.length)]);
            int length = 10 + random.nextInt(12);
            while (digits.length() < length) {
                digits.append((char) ('0' + random.nextInt(10)));
            }
            // Fix the check digit half of the time, so that many numbers pass Luhn.
            if (random.nextBoolean()) {
                for (char d = '0'; d <= '9'; d++) {
                    digits.setCharAt(digits.length() - 1, d);
                    if (LuhnChecksum.isValid(digits)) {
                        break;
                    }
                }
            }
            String key = random.nextBoolean() ? "card" : "note";
            String text = digits.toString();
            List<io.interven.spi.Finding> plain = cards.recognize(new io.interven.spi.ScanField("$." + key,
                    io.interven.spi.FieldLocation.BODY, key, text));
            List<io.interven.spi.Finding> byPattern = cards.recognize(new io.interven.spi.ScanField("$." + key,
                    io.interven.spi.FieldLocation.BODY, key, text + " "));
            assertThat(plain).as(text).isEqualTo(byPattern);
            found += plain.size();
        }
        assertThat(found).isGreaterThan(1000);
    }

    /** A field of digits only is judged without the run pattern, as the pattern would judge it. */
    @Test
    void phoneNumbersInPlainNumberFieldsAreFoundAsByThePattern() {
        PhoneNumberRecognizer phones = new PhoneNumberRecognizer();
        String[] numbers = {"", "5", "55", "555123", "5551234", "6467521857", "2025550143", "02036614926",
            "0049301234567", "004930123456789", "1701234567890", "442085424516", "912345678", "0612345678",
            "01234567890123456789012345678901234567890123"};
        String[] keys = {"note", "phone", "id", "mobile", "at", "contact_number"};
        for (String number : numbers) {
            for (String key : keys) {
                List<io.interven.spi.Finding> plain = phones.recognize(new io.interven.spi.ScanField("$." + key,
                        io.interven.spi.FieldLocation.BODY, key, number));
                List<io.interven.spi.Finding> byPattern = phones.recognize(new io.interven.spi.ScanField(
                        "$." + key, io.interven.spi.FieldLocation.BODY, key, number + " "));
                assertThat(plain).as(key + " " + number).isEqualTo(byPattern);
            }
        }
        assertThat(phones.recognize(new io.interven.spi.ScanField("$.phone", io.interven.spi.FieldLocation.BODY,
                "phone", "2025550143"))).hasSize(1);
    }

    @Test
    void textProfileCountsGroupedDigits() {
        assertThat(TextProfile.of("4111 1111-1111 1111").longestGroupedDigits).isEqualTo(16);
        assertThat(TextProfile.of("4111  1111").longestGroupedDigits).isEqualTo(4);
        assertThat(TextProfile.of("586-89-0268").longestGroupedDigits).isEqualTo(9);
        assertThat(TextProfile.of("x 586 89 0268, 1").longestGroupedDigits).isEqualTo(9);
        assertThat(TextProfile.of("586-89-0268 586-89-0269").longestGroupedDigits).isEqualTo(18);
        assertThat(TextProfile.of("IBAN GB82 WEST").ibanStart).isTrue();
        assertThat(TextProfile.of("iban: de44 5001").ibanStart).isTrue();
        assertThat(TextProfile.of("G8 2B").ibanStart).isFalse();
        assertThat(TextProfile.of("5f3a9c12de44b0").ibanStart).as("inside a hex string").isFalse();
        assertThat(TextProfile.of("req_DE44").ibanStart).as("glued to a token").isFalse();
        assertThat(TextProfile.of("a@b.c:d:").hasAt).isTrue();
    }
}
