package io.interven.gateway.core.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The gates of the phonetic, number word and disguised address readers look at far fewer places than they did, and
 * answer as they did: for every example of the readers' own tests and for thousands of random texts made of what the
 * gates look for (words of the alphabet and digit words in any case, letters, Latin-1 letters, digits, brackets,
 * dots, dashes, spaces, line breaks), each gives the answer of the gate it replaced, kept here as the reference.
 */
class ReaderGatesTest {
    private static final String[] PHONETIC_WORDS = {"alfa", "alpha", "bravo", "charlie", "delta", "echo", "foxtrot",
        "golf", "hotel", "india", "juliett", "juliet", "kilo", "lima", "mike", "november", "oscar", "papa", "quebec",
        "romeo", "sierra", "tango", "uniform", "victor", "whiskey", "whisky", "xray", "yankee", "zulu", "niner",
        "underscore", "hyphen", "period", "slash", "capital", "uppercase", "upper", "small", "lowercase", "lower"};
    private static final String[] DIGIT_WORDS = {"zero", "cero", "zéro", "null", "one", "uno", "un", "eins", "um",
        "two", "dos", "deux", "zwei", "due", "dois", "three", "tres", "trois", "drei", "tre", "três", "four", "cuatro",
        "quatre", "vier", "quattro", "quatro", "five", "cinco", "cinq", "fünf", "funf", "cinque", "six", "seis",
        "sechs", "sei", "seven", "siete", "sept", "sieben", "sette", "sete", "eight", "ocho", "huit", "acht", "otto",
        "oito", "nine", "nueve", "neuf", "neun", "nove", "dash", "hyphen"};
    private static final String[] OTHER_PARTS = {"a", "t", "d", "o", "x", "un", "at", "dot", "to", "the", "alfas",
        "fours", "someone", "é", "ü", "É", "ß", "ÿ", "×", "Ā", "š", "Ł", "😀", "7", "42", "1488", "@", "[", "]", "(",
        ")", "{", "}", "<", ">", ".", "-", ",", "/", "_", " ", " ", " ", "  ", "   ", "\n", "\n\n", "\t", "\r",
        "[at]", "(at)", "{at}", "<at>", "[@]", "(.)", "[.", "(dot", "[dot]", " @ ", " at ", " dot "};
    private static final int RANDOM_TEXTS = 20_000;

    @Test
    void thePhoneticGateAnswersAsItsReference() {
        assertThat(disagreements(PhoneticRuns::mayHold, ReaderGatesTest::oldMayHoldPhonetic)).isEmpty();
    }

    @Test
    void theNumberWordGateAnswersAsItsReference() {
        assertThat(disagreements(NumberWords::mayHold, ReaderGatesTest::oldMayHoldNumberWords)).isEmpty();
    }

    @Test
    void theDisguisedAddressGateAnswersAsItsReference() {
        assertThat(disagreements(DisguisedAddresses::mayHold, ReaderGatesTest::oldMayHoldDisguised)).isEmpty();
    }

    /** The texts are no test unless they hold what each gate looks for: each answers yes for one in a hundred. */
    @Test
    void theTextsHoldWhatEachGateLooksFor() {
        List<String> texts = texts();
        for (Predicate<String> gate : List.<Predicate<String>>of(ReaderGatesTest::oldMayHoldPhonetic,
                ReaderGatesTest::oldMayHoldNumberWords, ReaderGatesTest::oldMayHoldDisguised)) {
            assertThat(texts.stream().filter(gate).count()).isGreaterThan(texts.size() / 100);
        }
    }

    private static List<String> disagreements(Predicate<String> gate, Predicate<String> reference) {
        return texts().stream().filter(text -> gate.test(text) != reference.test(text)).toList();
    }

    /** The readers' test examples, a few edges, then random texts from a fixed seed. */
    private static List<String> texts() {
        List<String> texts = new ArrayList<>(List.of(
                // PhoneticRunsTest
                "the key is alfa kilo india alfa zulu seven quebec whiskey three romeo tango five thanks",
                "the key is Alpha-Kilo-India-Alpha-Zulu-Seven-Quebec-Whiskey thanks",
                "the key is golf hotel papa underscore romeo 8 bravo yankee two kilo thanks",
                "the key is sierra, kilo, underscore, niner, four, xray, bravo, delta thanks",
                "the key is golf hotel papa underscore capital romeo eight small bravo capital yankee two thanks",
                "capital alfa capital kilo capital india capital alfa seven capital quebec capital zulu three",
                "Alfa-Kilo-India-Alfa-Zulu-Seven-Quebec-Whiskey-Three-Romeo-Tango-Five-Yankee-Uniform-Two-India",
                "we stayed at the Hotel Lima near the golf course in Delta", "Alpha and Bravo teams met at the Sierra",
                "echo echo echo echo echo echo echo echo", "one two three four five six seven eight", "Mike Oscar",
                "papa golf",
                // NumberWordsTest
                "card four five three nine one four eight eight zero three four three six four six seven ok",
                "Card: Four-Five-Three-Nine-One-Four-Eight-Eight thanks",
                "card four five three nine 1488 0343 6467 ok", "card 4539 1488 0343 six four six seven ok",
                "ssn five three six dash two two dash eight seven one four.",
                "call five, five, five, one, two, three, four",
                "tarjeta cuatro cinco tres nueve uno cuatro ocho ocho fin",
                "carte quatre cinq trois neuf un quatre huit huit zéro fin",
                "Karte VIER FÜNF DREI NEUN EINS VIER ACHT ACHT Ende", "quattro cinque tre nove um quatro oito oito",
                "call four one five, eight nine two, three four five six now",
                "card four five three nine - one four eight eight - zero three four three ok",
                "pin\nseven\neight\nnine\none\ntwo\nthree\nfour\n\nend", "one, two, three, go",
                "the top five of the nine teams", "one or two days", "nine to five every day", "chapter one, two pages",
                "at one two three o'clock", "someone wrote fiveish things", "seven eight nine", "zero one 12 ok",
                "phone 555 123 4567", "Five Guys and one burger", "one two three 4 5 6",
                "five-year plan in two-thousand and one", "il y a un chat et deux chiens, trois oiseaux",
                "dos o tres veces por semana", "null Fehler, null Warnungen", "sei tu? sette giorni",
                "un deux trois soleil", "someone often weighs ninety tones",
                "fourteen fifteen sixteen seventeen eighteen nineteen twenty", "x one two three four five six seven y",
                // DisguisedAddressesTest
                "write to jane.doe [at] example [dot] com today", "jane.doe(at)example.com",
                "jane.doe {at} example {dot} co {dot} uk", "mail jane.doe AT example DOT com please",
                "mail jane.doe at example dot com please", "jane.doe @ example . com", "jane[@]example[.]org",
                "reach john dot smith at acme dash corp dot com now", "john [dot] r [dot] smith [at] mail [dot] acme",
                "ops at big dash data dash co dot io", "jane.doe@example[dot]com",
                "jane [at] corp-mail [dot] internal-example [dot] systems", "look at example.com for details",
                "meet me at home dot later", "jane.doe@example.com", "we met (at) the office", "at [at] at",
                "the cat sat at the mat dot", "x [at] y", "price: 5 at 3.50 each", "jane [at] example [dot] c0m",
                "a dot at the end dot", "the dash at home dash board", "one dot two at three",
                // edges: empty, short, at either end, a non-letter above Latin-1 that a byte of would be a letter
                "", "a", "@", " @", " @ ", "[.", "[.]", " at", " at ", "un", "un um", "un um\n", "alfa bravo",
                "xalfa bravo", "šalfa bravo", "alfa šbravo", "Łun um", "un Łum", "😀alfa bravo", "alfa😀 bravo"));
        Random random = new Random(20261207);
        for (int t = 0; t < RANDOM_TEXTS; t++) {
            texts.add(randomText(random));
        }
        return texts;
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int parts = random.nextInt(40);
        for (int p = 0; p < parts; p++) {
            int kind = random.nextInt(3);
            String[] from = kind == 0 ? PHONETIC_WORDS : kind == 1 ? DIGIT_WORDS : OTHER_PARTS;
            String part = from[random.nextInt(from.length)];
            switch (random.nextInt(6)) {
                case 0 -> part = part.toUpperCase(Locale.ROOT);
                case 1 -> part = part.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1);
                default -> { }
            }
            text.append(part);
            if (random.nextInt(3) > 0) {
                text.append(" -,/.\n\t".charAt(random.nextInt(7)));
            }
        }
        return text.toString();
    }

    // The reference: PhoneticRuns.mayHold as it was, with its helpers. Its word lookup (a sorted table of packed words
    // behind a table of first letters and lengths) is a map here; both answer the value of the word, case folded.

    private static final Map<String, Character> PHONETIC_VALUES = Map.ofEntries(Map.entry("alfa", 'a'),
            Map.entry("alpha", 'a'), Map.entry("bravo", 'b'), Map.entry("charlie", 'c'), Map.entry("delta", 'd'),
            Map.entry("echo", 'e'), Map.entry("foxtrot", 'f'), Map.entry("golf", 'g'), Map.entry("hotel", 'h'),
            Map.entry("india", 'i'), Map.entry("juliett", 'j'), Map.entry("juliet", 'j'), Map.entry("kilo", 'k'),
            Map.entry("lima", 'l'), Map.entry("mike", 'm'), Map.entry("november", 'n'), Map.entry("oscar", 'o'),
            Map.entry("papa", 'p'), Map.entry("quebec", 'q'), Map.entry("romeo", 'r'), Map.entry("sierra", 's'),
            Map.entry("tango", 't'), Map.entry("uniform", 'u'), Map.entry("victor", 'v'), Map.entry("whiskey", 'w'),
            Map.entry("whisky", 'w'), Map.entry("xray", 'x'), Map.entry("yankee", 'y'), Map.entry("zulu", 'z'),
            Map.entry("zero", '0'), Map.entry("one", '1'), Map.entry("two", '2'), Map.entry("three", '3'),
            Map.entry("four", '4'), Map.entry("five", '5'), Map.entry("six", '6'), Map.entry("seven", '7'),
            Map.entry("eight", '8'), Map.entry("nine", '9'), Map.entry("niner", '9'), Map.entry("underscore", '_'),
            Map.entry("dash", '-'), Map.entry("hyphen", '-'), Map.entry("dot", '.'), Map.entry("period", '.'),
            Map.entry("at", '@'), Map.entry("slash", '/'), Map.entry("capital", '^'), Map.entry("uppercase", '^'),
            Map.entry("upper", '^'), Map.entry("small", '~'), Map.entry("lowercase", '~'), Map.entry("lower", '~'));

    private static boolean oldMayHoldPhonetic(String text) {
        int n = text.length();
        int previousEnd = -3 - 2;
        int i = 0;
        while (i < n) {
            if (!isAsciiLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && isAsciiLetter(text.charAt(end))) {
                end++;
            }
            int length = end - i;
            char value = length < 4 || length > 9
                    ? 0 : PHONETIC_VALUES.getOrDefault(text.substring(i, end).toLowerCase(Locale.ROOT), (char) 0);
            boolean letterValue = value >= 'a' && value <= 'z';
            if (letterValue || value == '^' || value == '~') {
                if (letterValue && i - previousEnd <= 3 && isPhoneticGap(text, previousEnd, i)) {
                    return true;
                }
                previousEnd = end;
            }
            i = end;
        }
        return false;
    }

    private static boolean isPhoneticGap(String text, int from, int to) {
        if (from < 0) {
            return false;
        }
        int breaks = 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '\n') {
                breaks++;
            } else if (c != ' ' && c != ',' && c != '-' && c != '/' && c != '.' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return breaks <= 1;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    // The reference: NumberWords.mayHold as it was, with its helpers. Its word lookup (a sorted table of words packed
    // eight bits a letter behind a table of first letters and lengths) is a set here, of the words folded the same way.

    private static final Set<String> DIGIT_WORD_SET = Set.of(DIGIT_WORDS);

    private static boolean oldMayHoldNumberWords(String text) {
        int n = text.length();
        int wordStart = -1;
        int previousEnd = -3 - 2;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            if ((char) ((c | 0x20) - 'a') < 26 || c >= 0xC0 && c <= 0xFF && c != 0xD7 && c != 0xF7) {
                wordStart = wordStart < 0 ? i : wordStart;
                continue;
            }
            if (wordStart >= 0) {
                int length = i - wordStart;
                if (length >= 2 && length <= 7 && isDigitWord(text, wordStart, i)) {
                    if (wordStart - previousEnd <= 3 && isNumberGap(text, previousEnd, wordStart)) {
                        return true;
                    }
                    previousEnd = i;
                }
                wordStart = -1;
            }
        }
        return false;
    }

    private static boolean isDigitWord(String text, int start, int end) {
        if ((char) ((text.charAt(start) | 0x20) - 'a') >= 26) {
            return false; // a word whose first letter is not ASCII is none
        }
        StringBuilder folded = new StringBuilder();
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            folded.append((char) (c < 0x80 ? c | 0x20 : Character.toLowerCase(c) & 0xff));
        }
        return DIGIT_WORD_SET.contains(folded.toString());
    }

    private static boolean isNumberGap(String text, int from, int to) {
        int breaks = 0;
        for (int k = Math.max(0, from); k < to; k++) {
            char c = text.charAt(k);
            if (c == '\n') {
                breaks++;
            } else if (c != ' ' && c != ',' && c != '-' && c != '.' && c != '/' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return breaks <= 1;
    }

    // The reference: DisguisedAddresses.mayHold as it was, a look at every character.

    private static boolean oldMayHoldDisguised(String text) {
        for (int i = 1; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            char before = text.charAt(i - 1);
            if (c == '@' && (before == ' ' || before == '[' || before == '(')) {
                return true;
            }
            if ((c == 'a' || c == 'A') && (text.charAt(i + 1) | 0x20) == 't' && i + 2 < text.length()
                    && " [({<".indexOf(before) >= 0 && " ])}>".indexOf(text.charAt(i + 2)) >= 0) {
                return true;
            }
            if ((c == 'd' || c == 'D') && (before == '[' || before == '(' || before == '{' || before == '<')
                    && i + 2 < text.length() && (text.charAt(i + 1) | 0x20) == 'o'
                    && (text.charAt(i + 2) | 0x20) == 't') {
                return true;
            }
            if (c == '.' && (before == '[' || before == '(')) {
                return true;
            }
        }
        return false;
    }
}
