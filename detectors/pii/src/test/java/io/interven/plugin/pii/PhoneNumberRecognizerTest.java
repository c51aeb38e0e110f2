package io.interven.plugin.pii;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.spi.FieldLocation;
import io.interven.spi.ScanField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberRecognizerTest {
    private final RecognizerProbe probe = new RecognizerProbe(new PhoneNumberRecognizer(), "PHONE_NUMBER");

    @ParameterizedTest
    @ValueSource(strings = {
            "+49 30 98739104", "+49 (0)30 84264741", "+1 (415) 384-8290", "+1 646 781 3391", "+44 20 8542 4516",
            "+33 4 85 07 76 39", "+91 62462 58073", "+33608402422", "+15126443409", // international
            "(503) 937-4811", "206-513-2716", "617.375.1112", "+1-646-781-3391", // US
            "020 3661 4926", "07449 085554", "07433-126-667", // GB
            "030 8912 5485", "+49 157 12729851", // DE
            "06.28.89.62.08", "04 26 73 90 23", // FR
            "93091-59598", // IN
    })
    void findsWrittenNumbersWithAndWithoutContext(String number) {
        probe.findsIn(number, "call back on %s after 5pm", "The customer can be reached at %s.", "phone: \"%s\"", "%s");
    }

    @ParameterizedTest
    @ValueSource(strings = {"请致电%s谢谢", "電話番号は%sです", "โทร%sครับ", "전화%s로"})
    void findsNumbersRightAgainstWordsOfScriptsWrittenWithoutSpaces(String template) {
        assertThat(probe.found(template.formatted("+16467813391"))).containsExactly("+16467813391");
    }

    @Test
    void needsContextForABareRunOfDigits() {
        assertThat(probe.found("mobile: 6467521857")).containsExactly("6467521857");
        assertThat(probe.found("$.contact.phone_number", "phone_number", "6467521857")).containsExactly("6467521857");
        assertThat(probe.found("$.customer.contactPhone", "contactPhone", "6467521857")).containsExactly("6467521857");
        assertThat(probe.found("6467521857")).isEmpty();
        assertThat(probe.found("processed 6467521857 rows")).isEmpty();
    }

    @Test
    void takesAPossibleInternationalNumberOnlyWithContext() {
        assertThat(probe.found("$.contact.phone", "phone", "+33725537222")).containsExactly("+33725537222");
        assertThat(probe.found("whatsapp +33725537222")).containsExactly("+33725537222");
        assertThat(probe.found("+33725537222")).isEmpty();
    }

    @Test
    void readsTheLabelOnTheLineBeforeAndWordsJustAfter() {
        assertThat(probe.found("Personal Info:\nPhone:\n467 3395\n\nE-mail:")).containsExactly("467 3395");
        assertThat(probe.found("60-56-85-91 office\n")).containsExactly("60-56-85-91");
        assertThat(probe.found("They're not answering at 99 668472")).containsExactly("99 668472");
        assertThat(probe.found("Desk: 345-899-3560x4587")).containsExactly("345-899-3560x4587");
        assertThat(probe.found("Tel: 020 3661 4926\nBaker Street")).containsExactly("020 3661 4926");
        assertThat(probe.found("467 3395")).isEmpty();
        assertThat(probe.found("Order:\n467 3395")).isEmpty();
    }

    @Test
    void findsEveryNumberOfAField() {
        assertThat(probe.found("tel +91 62462 58073, or 020 3661 4926 in London"))
                .containsExactly("+91 62462 58073", "020 3661 4926");
        assertThat(probe.found(new ScanField("query.To", FieldLocation.QUERY, "To", "+17027705037")))
                .containsExactly("+17027705037");
    }

    @ParameterizedTest
    @CsvSource({
            "PL, 22 123 45 67", "PL, (22) 123-45-67", "PL, 12 345 67 89", "CN, 138 0013 8000", "NO, 912 34 567",
            "RU, 8 (495) 123-45-67",
    })
    void readsTheNationalFormatOfAHintedRegion(String region, String number) {
        assertThat(probe.foundWithHints("the customer wrote from " + number + " yesterday", region))
                .as(region).containsExactly(number);
        assertThat(probe.foundWithHints(number, region)).as(region).containsExactly(number);
        assertThat(probe.found("the customer wrote from " + number + " yesterday")).as("no hint").isEmpty();
    }

    @Test
    void aHintReadsTheWholeNumberWhereADefaultRegionReadsOnlyItsEnd() {
        // a Sao Paulo mobile: its last nine digits are also a Madrid landline
        assertThat(probe.foundWithHints("call (11) 91234-5678", "BR")).containsExactly("(11) 91234-5678");
        assertThat(probe.found("call (11) 91234-5678")).containsExactly("91234-5678");
    }

    @Test
    void aHintAddsRegionsAndKeepsTheDefaultOnes() {
        String text = "from 22 123 45 67 and (503) 937-4811 or 020 3661 4926";
        assertThat(probe.foundWithHints(text, "PL")).containsExactly("22 123 45 67", "(503) 937-4811",
                "020 3661 4926");
        assertThat(probe.found(text)).containsExactly("(503) 937-4811", "020 3661 4926");
        assertThat(probe.foundWithHints("from 22 123 45 67", "JP", "CH", "MX")).as("other regions").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "order 22 123 45 67", "on 2024-05-01", "221234567", "processed 221234567 rows",
            "invoice 22 123 45 67", "ref 138 0013 8000", "2024-05-01 12:30:45", "version 22.123.45.67",
    })
    void aHintMakesNoIdOrDateANumber(String text) {
        assertThat(probe.foundWithHints(text, "PL", "CN")).as(text).isEmpty();
    }

    @Test
    void aBareNationalNumberOfAHintedRegionStillNeedsContext() {
        assertThat(probe.foundWithHints("221234567", "PL")).isEmpty();
        assertThat(probe.foundWithHints("phone: 221234567", "PL")).containsExactly("221234567");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "order 2024-000123 shipped", "invoice 020 3661 4926", "tracking number 4908763079669420",
            "ticket 206-513-2716", "account 617.375.1112", // ids, by the word before them
            "2025-02-10T09:47:10.426Z WARN [ledger] retrying job 259", "at 12:30:45 today", // timestamps
            "last heartbeat 1703117513184", "epoch 1703117513", "thread_ts 1773554065.963039", // epoch values
            "released v1.16.4 and 2.17.8", "version 10.2.33.4521", "1.2.3.4.5.6.7", // versions
            "from 192.168.1.10 and 8.8.8.8", "host 106.11.156.141:8080", // IP addresses
            "run f0a7157a-edab-4d5d-a4a6-9fd50a652b4f", "req=4155550123abcdef", "x-req-b61bbda5262023687c9f6eae",
            "commit 9adc013709aa8932c1062bd4d3c50d686e696316", "sha256:206513271607433126", // UUIDs, hashes, ids
            "SSN 232-39-6700", "232-39-6700", // social security numbers
            "born 03/18/1960", "on 1999-08-28", "on 26.12.1966", "from 06.08.1993", // dates
            "4111 1111 1111 1111", "GB82 WEST 1234 5698 7654 32", "DE89 3704 0044 0532 0130 00", // cards, IBANs
            "color #2065132716 and #ff8800", "p99 latency | 827 | 118 |", "items=2065132716", "1,234,567,890",
            "scores 12 34 56 78 90", "17031 2202 Rissik St Apt. 050", "return to 94941 2505 Heatherleigh Suite 21",
            "my driver's license number is 2270-66-1551",
    })
    void ignoresHardNegatives(String text) {
        assertThat(probe.found(text)).isEmpty();
    }
    /** The address of a GPL licence header (in every file of some code bases) is no phone number. */
    @ParameterizedTest
    @ValueSource(strings = {
            "Inc., 51 Franklin St, Fifth Floor, Boston, MA 02110-1301 USA.",
            " * Inc., 51 Franklin St, Fifth Floor, Boston, MA 02110-1301 USA.\n *\n * Please contact Oracle",
            "51 Franklin Street, Fifth Floor, Boston, MA\n 02110-1301 USA.",
            "# 51 Franklin St, Fifth Floor, Boston, MA\n# 02110-1301  USA",
            "51 Franklin Street, Suite 500\n Boston, MA 02110-1335 USA",
            "Boston, MA, 02110-1301", "Boston, Massachusetts 02110-1301", "Boston,\u00A0MA\u00A002110-1301",
            "stateOrProvince: WA\n      postalCode: 91011-1111\n      country:USA", "{\"zip\": \"02110-1301\"}",
            "ZIP=02110-1301", "postcode 02110-1301",
    })
    void leavesAZipPlusFourAfterAStateOrALabelOut(String address) {
        assertThat(probe.found(address)).isEmpty();
    }

    @Test
    void readsTheSameDigitsAsANumberWhereNoStateStandsBefore() {
        assertThat(probe.found("call 02110-1301 after 5pm")).containsExactly("02110-1301");
        assertThat(probe.found("Tel: 02110-1301")).containsExactly("02110-1301");
        assertThat(probe.found("MAIN 02110-1301")).containsExactly("02110-1301");
        assertThat(probe.found("zipper repair line: 02110-1301")).containsExactly("02110-1301");
        assertThat(probe.found("contact: 111122223333 (desk)")).containsExactly("111122223333");
        assertThat(probe.found("Boston, MA (617) 375-1112")).containsExactly("(617) 375-1112");
    }
    /**
     * Operands of code and mathematics, years from and to, runs holding a date, lists of small numbers, columns, open
     * brackets and the numbers of books and standards are no numbers to call.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "47344000*p*q**5*r**7 - 21504000*p**5*q*r**8 - 115200000*p**2", "x = s**3 - 177250000*p**6*q",
            "(a+b)*3 - 21504000*(c)", "y = 2*21504000*z", "Copyright: \u00A9 1996 \u2013 2009 The Office",
            "Copyright (C) 1996 - 2009 Acme", "maintained 2001 \u2014 2023",
            "Copyright: \u00A9 1996 - 2009 The Office", "years 1996 - 2009 The Office", "(1996 - 2009)",
            ".TH exp 3 2023-02-05 \"Linux man-pages 6.03\"", "python3.11:amd64 3.11.2-6\n2025-06-24 14:",
            "build 7 2024-11-30 12 passed",
            "trap 'stty $oldtty 2>/dev/null; exit' 0 2 3 5 10 13 15\nelse", "kill -s 1 2 3 15 9 call",
            "source: The Unicode Standard ver 1.0, ISBN 0-201-56788-1, Oct 1991", "keywords from IEEE 1800-2009 standard",
            "# define __O_TMPFILE   (020000000 | __O_DIRECTORY)", " * ST16C650:\t 8  16  24  28\t\t16   8  24  30\tPORT",
            " * OX16C950:\t16  32 112 120\t\t16  32  64 112\tPORT_16C950",
            "#define CAN_ERR_TRX_CANL_NO_WIRE       0x40 /* 0100 0000 */", "bits 1011 0110 0001 1110",
            "      + 02-687531-fix-missing-ldflags.patch: Ditto.",
            "\"Resource\": \"arn:aws:ssm-contacts:us-east-1:111122223333:contact/akuam\"",
            "contact arn:aws:iam::123456789012:role/service-role/SNS",
    })
    void leavesNumbersOfOtherKindsOut(String text) {
        assertThat(probe.found(text)).as(text).isEmpty();
    }

    @Test
    void aNumberInColumnsOrBeforeADashedWordCountsWhereAContextWordNamesIt() {
        assertThat(probe.found("phone:  415  384  8290")).containsExactly("415  384  8290");
        assertThat(probe.found("sizes:  415  384  8290")).isEmpty();
        assertThat(probe.found("Hungary 34796\n(37) 788-063-Office\\,07700 063 966-Fax"))
                .containsExactly("(37) 788-063", "07700 063 966");
        assertThat(probe.found("Jane Doe\n(415) 384-8290-Home, 206-513-2716-Work"))
                .containsExactly("(415) 384-8290", "206-513-2716");
    }

    @Test
    void aRangeIsNoNumberToCall() {
        assertThat(probe.found("$.Job.RetrievalByteRange", "RetrievalByteRange", "0-3145727")).isEmpty();
        assertThat(probe.found("uids in the range 60000-64999 are reserved")).isEmpty();
    }

    @Test
    void findsANumberInMarkdownEmphasis() {
        assertThat(probe.found("**+1 (415) 384-8290**")).containsExactly("+1 (415) 384-8290");
        assertThat(probe.found("Phone: **(503) 937-4811**.")).containsExactly("(503) 937-4811");
        assertThat(probe.found("call *206-513-2716* today")).containsExactly("206-513-2716");
    }
    /** An RGB table's rows are colours, past the runs read by libphonenumber too (judged by their shape there). */
    @Test
    void leavesTriplesOfBytesOut() {
        StringBuilder table = new StringBuilder();
        for (int row = 0; row < 3 * PhoneNumberRecognizer.MAX_RUNS_READ; row++) {
            table.append(255 - row % 200).append(' ').append(row % 256).append(' ').append(100 + row % 150)
                    .append("\t\tcolour").append(row).append('\n');
        }
        assertThat(probe.found(table.toString())).isEmpty();
        assertThat(probe.found("rgb(219 112 147) pale violet red")).isEmpty();
        assertThat(probe.found(table + "call 612 345 678")).containsExactly("612 345 678");
    }
}
