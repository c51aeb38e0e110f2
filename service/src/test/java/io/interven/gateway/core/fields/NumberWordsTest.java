package io.interven.gateway.core.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers written digit by digit in words are read back as the number; prose that counts or names numbers is not. */
class NumberWordsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "card | card four five three nine one four eight eight zero three four three six four six seven ok"
                    + " | 4539148803436467"
                    + " | four five three nine one four eight eight zero three four three six four six seven",
            "capitals and dashes | Card: Four-Five-Three-Nine-One-Four-Eight-Eight thanks | 45391488"
                    + " | Four-Five-Three-Nine-One-Four-Eight-Eight",
            "words then groups | card four five three nine 1488 0343 6467 ok | 4539148803436467"
                    + " | four five three nine 1488 0343 6467",
            "groups then words | card 4539 1488 0343 six four six seven ok | 4539148803436467"
                    + " | 4539 1488 0343 six four six seven",
            "a dash word | ssn five three six dash two two dash eight seven one four. | 536-22-8714"
                    + " | five three six dash two two dash eight seven one four",
            "commas | call five, five, five, one, two, three, four | 5551234 | five, five, five, one, two, three, four",
            "Spanish | tarjeta cuatro cinco tres nueve uno cuatro ocho ocho fin | 45391488"
                    + " | cuatro cinco tres nueve uno cuatro ocho ocho",
            "French | carte quatre cinq trois neuf un quatre huit huit zéro fin | 453914880"
                    + " | quatre cinq trois neuf un quatre huit huit zéro",
            "German in capitals | Karte VIER FÜNF DREI NEUN EINS VIER ACHT ACHT Ende | 45391488"
                    + " | VIER FÜNF DREI NEUN EINS VIER ACHT ACHT",
            "Italian and Portuguese | quattro cinque tre nove um quatro oito oito | 45391488"
                    + " | quattro cinque tre nove um quatro oito oito",
            "commas between groups | call four one five, eight nine two, three four five six now | 415-892-3456"
                    + " | four one five, eight nine two, three four five six",
            "dashes between groups | card four five three nine - one four eight eight - zero three four three ok"
                    + " | 4539-1488-0343 | four five three nine - one four eight eight - zero three four three",
    })
    void aNumberInWordsIsReadBack(String how, String text, String number, String run) {
        List<SpelledRuns.Run> runs = NumberWords.in(text);

        assertThat(NumberWords.mayHold(text)).isTrue();
        assertThat(runs).singleElement().satisfies(r -> {
            assertThat(r.value()).isEqualTo(number);
            assertThat(text.substring(r.start(), r.end())).isEqualTo(run);
        });
    }

    @org.junit.jupiter.api.Test
    void aNumberAWordALineIsReadBack() {
        String text = "pin\nseven\neight\nnine\none\ntwo\nthree\nfour\n\nend";

        assertThat(NumberWords.in(text)).singleElement().satisfies(r -> {
            assertThat(r.value()).isEqualTo("7891234");
            assertThat(text.substring(r.start(), r.end())).isEqualTo("seven\neight\nnine\none\ntwo\nthree\nfour");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "one, two, three, go", "the top five of the nine teams", "one or two days", "nine to five every day",
            "chapter one, two pages", "at one two three o'clock", "someone wrote fiveish things", "seven eight nine",
            "zero one 12 ok", "phone 555 123 4567", "Five Guys and one burger", "one two three 4 5 6",
            "five-year plan in two-thousand and one", "il y a un chat et deux chiens, trois oiseaux",
            "dos o tres veces por semana", "null Fehler, null Warnungen", "sei tu? sette giorni", "un deux trois soleil",
    })
    void proseWithNumberWordsIsNoRun(String text) {
        assertThat(NumberWords.in(text)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aWordThatContainsADigitWordIsNotOne() {
        assertThat(NumberWords.mayHold("someone often weighs ninety tones")).isFalse();
        assertThat(NumberWords.in("fourteen fifteen sixteen seventeen eighteen nineteen twenty")).isEmpty();
    }

    /** The offsets of a finding inside the run map to the digits its words spell. */
    @org.junit.jupiter.api.Test
    void offsetsInTheRunMapToTheDigits() {
        String text = "x one two three four five six seven y";
        SpelledRuns.Run run = NumberWords.in(text).get(0);

        assertThat(run.toValue().applyAsInt(text.indexOf("three"))).isEqualTo(2);
        assertThat(run.toValue().applyAsInt(text.indexOf("seven") + 5)).isEqualTo(7);
    }
}
