package io.interven.plugin.pii;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.spi.FieldLocation;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every value of a list, a CSV row or a run of values separated by blanks or punctuation is found with its own span:
 * neighbouring values never hide each other. Generated lists of 2 to 50 values of each kind, in each separator style.
 */
class ListsAndRowsTest {
    private static final String[] SEPARATORS = {",", ", ", ";", "; ", "|", " | ", "\t", " ", "\n", "\r\n"};
    private static final int[] SIZES = {2, 3, 7, 20, 50};

    private final PiiDetector detector = new PiiDetector();

    static Stream<Arguments> listsOfEachKind() {
        List<Arguments> cases = new ArrayList<>();
        for (String separator : SEPARATORS) {
            for (String kind : List.of("card", "spaced card", "dashed card", "ssn", "spaced ssn", "email")) {
                cases.add(Arguments.of(kind, separator));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} separated by [{1}]")
    @MethodSource("listsOfEachKind")
    void findsEveryValueOfAList(String kind, String separator) {
        Random random = new Random(kind.hashCode() * 31L + separator.hashCode());
        for (int size : SIZES) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                values.add(generator(kind).apply(random));
            }
            String text = String.join(separator, values);
            String type = kind.contains("card") ? "CREDIT_CARD" : kind.contains("ssn") ? "US_SSN" : "EMAIL_ADDRESS";

            assertThat(found(text, type)).as("%s", text).containsExactlyElementsOf(values);
        }
    }

    @ParameterizedTest(name = "rows separated by [{0}]")
    @MethodSource("rowSeparators")
    void findsEveryValueOfEveryCsvRow(String rowSeparator) {
        Random random = new Random(rowSeparator.hashCode());
        for (int size : SIZES) {
            List<String> cards = new ArrayList<>();
            List<String> ssns = new ArrayList<>();
            List<String> emails = new ArrayList<>();
            StringBuilder csv = new StringBuilder("name,card,expiry,email,ssn");
            for (int i = 0; i < size; i++) {
                cards.add(generator("card").apply(random));
                ssns.add(generator("ssn").apply(random));
                emails.add(generator("email").apply(random));
                csv.append(rowSeparator).append("Alice Smith,").append(cards.get(i)).append(",12/27,")
                        .append(emails.get(i)).append(',').append(ssns.get(i));
            }
            String text = csv.toString();

            assertThat(found(text, "CREDIT_CARD")).as(text).containsExactlyElementsOf(cards);
            assertThat(found(text, "US_SSN")).as(text).containsExactlyElementsOf(ssns);
            assertThat(found(text, "EMAIL_ADDRESS")).as(text).containsExactlyElementsOf(emails);
        }
    }

    static Stream<String> rowSeparators() {
        return Stream.of("\n", "\r\n", " ", ";");
    }

    @ParameterizedTest(name = "{0} as a JSON number")
    @MethodSource("jsonNumberRemnants")
    void findsCardsSentAsJsonNumbers(String remnant) {
        Random random = new Random(remnant.hashCode());
        for (int i = 0; i < 50; i++) {
            String card = generator("card").apply(random);
            assertThat(found(card + remnant, "CREDIT_CARD")).as(card + remnant).containsExactly(card);
            assertThat(found("[" + card + remnant + ", " + card + remnant + "]", "CREDIT_CARD")).hasSize(2);
        }
    }

    static Stream<String> jsonNumberRemnants() {
        return Stream.of(".0", ".00", ".0}", ".0,");
    }

    private List<String> found(String text, String type) {
        ScanField field = new ScanField("$.note", FieldLocation.BODY, "note", text);
        return detector.detect(field).stream()
                .filter(f -> f.entityType().equals(type))
                .sorted(java.util.Comparator.comparingInt(Finding::start))
                .map(f -> text.substring(f.start(), f.end()))
                .toList();
    }

    private static Function<Random, String> generator(String kind) {
        return switch (kind) {
            case "card" -> ListsAndRowsTest::card;
            case "spaced card" -> random -> grouped(card16(random), ' ');
            case "dashed card" -> random -> grouped(card16(random), '-');
            case "ssn" -> random -> ssn(random, '-');
            case "spaced ssn" -> random -> ssn(random, ' ');
            case "email" -> ListsAndRowsTest::email;
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /** A Luhn-valid number of a known network: Visa, Mastercard, American Express or Discover. */
    static String card(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> withCheckDigit("4", 16, random);
            case 1 -> withCheckDigit("5" + (1 + random.nextInt(5)), 16, random);
            case 2 -> withCheckDigit(random.nextBoolean() ? "34" : "37", 15, random);
            default -> withCheckDigit("6011", 16, random);
        };
    }

    private static String card16(Random random) {
        return withCheckDigit(random.nextBoolean() ? "4" : "55", 16, random);
    }

    private static String grouped(String digits, char separator) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i += 4) {
            if (i > 0) {
                out.append(separator);
            }
            out.append(digits, i, Math.min(digits.length(), i + 4));
        }
        return out.toString();
    }

    private static String withCheckDigit(String prefix, int length, Random random) {
        StringBuilder digits = new StringBuilder(prefix);
        while (digits.length() < length - 1) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        digits.append('0');
        for (char d = '0'; d <= '9'; d++) {
            digits.setCharAt(length - 1, d);
            if (LuhnChecksum.isValid(digits)) {
                break;
            }
        }
        return digits.toString();
    }

    /** An SSN the issuing rules allow (area 001-899 but 666, group 01-99, serial 0001-9999). */
    static String ssn(Random random, char separator) {
        while (true) {
            String value = "%03d%c%02d%c%04d".formatted(1 + random.nextInt(899), separator, 1 + random.nextInt(99),
                    separator, 1 + random.nextInt(9999));
            if (UsSsnRules.isIssuable(value.replace(String.valueOf(separator), ""))) {
                return value;
            }
        }
    }

    static String email(Random random) {
        String[] names = {"alice", "bob.smith", "c_jones", "dana+tag", "e.ve-lyn", "frank99"};
        String[] domains = {"x.com", "y.org", "mail.example.net", "corp.io", "uni.ac.uk"};
        return names[random.nextInt(names.length)] + random.nextInt(1000) + "@" + domains[random.nextInt(domains.length)];
    }
}
