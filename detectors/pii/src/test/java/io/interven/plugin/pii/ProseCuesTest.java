package io.interven.plugin.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProseCuesTest {
    private final ProseCues cues = ProseCues.of("born", "born on", "dob", "d.o.b.", "né le", "dear");

    private List<String> all(String text) {
        List<String> found = new ArrayList<>();
        ProseCues.Hit hit;
        int from = 0;
        while ((hit = cues.next(text, from)) != null) {
            found.add(text.substring(hit.start(), hit.end()) + "=" + hit.cue());
            from = hit.end();
        }
        return found;
    }

    @Test
    void findsWholeWordsInAnyAsciiCaseTheLongestFirst() {
        assertThat(all("Born on 1 May; BORN 2; dob: x; D.O.B. y; née le z; Né le 3; (Dear"))
                .containsExactly("Born on=born on", "BORN=born", "dob=dob", "D.O.B.=d.o.b.", "Né le=né le",
                        "Dear=dear");
    }

    @Test
    void neverInsideAWord() {
        assertThat(all("reborn airborne stubborn dobby endear dearest éborn bornéo")).isEmpty();
        assertThat(all("x_born 1-dob")).containsExactly("born=born", "dob=dob");
    }

    @Test
    void readsFromAnyPositionAndAtOne() {
        String text = "reborn born";
        assertThat(cues.next(text, 2)).isEqualTo(new ProseCues.Hit(7, 11, "born"));
        assertThat(cues.at(text, 2)).isNull();
        assertThat(cues.at(text, 7)).isEqualTo(new ProseCues.Hit(7, 11, "born"));
        assertThat(cues.next(text, 99)).isNull();
    }
}
