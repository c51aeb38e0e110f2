package io.interven.plugin.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * A long text's context words are searched only where one may begin ({@link WordStarts}); the hits must be those of
 * searching the whole text with the words' expression.
 */
class WordStartsTest {
    private static final List<ContextWords> WORDS = List.of(
            ContextWords.of("phone", "telephone", "tel", "call", "text me", "whatsapp", "office"),
            ContextWords.of("ssn", "ssns", "social security", "social sec", "ss#", "ss no", "soc sec"),
            ContextWords.of("ip", "ipv4", "address", "from", "version", "v", "a b", "#tag", "9lives"),
            ContextWords.of("a/c no", "acct #", "p.iva", "身份证", "บัตรประชาชน", "né le", "dl#"));
    private static final String[] PIECES = {"phone", "Phone", "PHONE", "tel", "TEL:", "telephone", "call", "x",
        "text me", "text  me", "text_me", "text-me", "SSN", "ssns", "social security", "Social-Security",
        "social sec", "ss#", "ss no", "soc sec", "ip", "IPv4", "address", "From", "v", "a b", "#tag", "9lives",
        " ", "  ", "\n", ",", ":", "_", "-", "1", "23", "é", "K", "\u212A", "office", "a/c no", "A/C  NO", "a/cno",
        "acct #", "ACCT#", "acct_#", "p.iva", "P.IVA", "p.Iva", "身份证", "身", "บัตรประชาชน", "né le", "NÉ LE", "Né_le",
        "dl#", "DL#", "dl #", "a", "ac", "/"};

    @Test
    void hitsAreThoseOfSearchingTheWholeText() {
        Random random = new Random(11);
        int[] hits = new int[WORDS.size()];
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int pieces = 1 + random.nextInt(25);
            for (int i = 0; i < pieces; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            for (int w = 0; w < WORDS.size(); w++) {
                List<String> searched = searched(WORDS.get(w), text.toString());
                assertThat(WORDS.get(w).hitsIn(text.toString()).spans()).as(text.toString()).isEqualTo(searched);
                hits[w] += searched.size();
            }
        }
        assertThat(java.util.Arrays.stream(hits).min().orElse(0)).isGreaterThan(1000);
    }

    private static List<String> searched(ContextWords words, String text) {
        List<String> spans = new ArrayList<>();
        Matcher m = words.expression().matcher(text);
        while (m.find()) {
            spans.add(m.start() + "-" + m.end());
        }
        return spans;
    }
}
