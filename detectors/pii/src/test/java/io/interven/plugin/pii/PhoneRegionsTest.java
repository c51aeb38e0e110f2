package io.interven.plugin.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhoneRegionsTest {

    @Test
    void withoutHintsTheDefaultRegions() {
        assertThat(PhoneRegions.of(List.of())).isSameAs(PhoneRegions.DEFAULT)
                .containsExactly("US", "GB", "DE", "FR", "IN", "ES", "IT", "NL", "AU");
    }

    @Test
    void hintedRegionsComeFirstThenTheDefaultOnesWithoutRepeats() {
        assertThat(PhoneRegions.of(List.of("BR", "DE"))).containsExactly("BR", "DE", "US", "GB", "FR", "IN", "ES",
                "IT", "NL", "AU");
        assertThat(PhoneRegions.of(List.of("JP", "CH", "MX"))).hasSize(PhoneRegions.DEFAULT.size() + 3)
                .startsWith("JP", "CH", "MX");
    }

    @Test
    void regionsLibphonenumberDoesNotKnowAreLeftOut() {
        assertThat(PhoneRegions.of(List.of("ZZ", "BR"))).startsWith("BR", "US").doesNotContain("ZZ");
        assertThat(PhoneRegions.of(List.of("ZZ"))).isEqualTo(PhoneRegions.DEFAULT);
    }

    @Test
    void theSameHintsGiveTheSameList() {
        assertThat(PhoneRegions.of(List.of("PL"))).isSameAs(PhoneRegions.of(List.of("PL")));
    }
}
