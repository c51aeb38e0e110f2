package io.interven.plugin.pii;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Field names are kept from call to call; keys that may themselves be personal data never are. */
class RememberedKeysTest {

    @Test
    void keepsNamesShapedLikeFieldNames() {
        RememberedKeys<Boolean> keys = new RememberedKeys<>();
        for (String name : new String[] {"sha", "customer_email", "X-Api-Key", "address.line2", "v1_id", "items[0]",
            "$ref"}) {
            keys.keep(name, true);
            assertThat(keys.get(name)).as(name).isTrue();
        }
    }

    @Test
    void neverKeepsAKeyThatMayBePersonalData() {
        RememberedKeys<Boolean> keys = new RememberedKeys<>();
        for (String key : new String[] {"jane.doe@example.com", "+1 503 937 4811", "4111111111111111", "Jane Doe",
            "5038894811", "Müller", "a".repeat(41), ""}) {
            keys.keep(key, true);
            assertThat(keys.get(key)).as(key).isNull();
        }
        assertThat(keys.size()).isZero();
    }

    @Test
    void keepsNoMoreThanItsCapacity() {
        RememberedKeys<Boolean> keys = new RememberedKeys<>();
        for (int i = 0; i < RememberedKeys.CAPACITY + 100; i++) {
            keys.keep("field_" + letters(i), true);
        }
        assertThat(keys.size()).isEqualTo(RememberedKeys.CAPACITY);
    }

    /** A distinct name of letters for each number. */
    private static String letters(int number) {
        StringBuilder name = new StringBuilder();
        int rest = number;
        do {
            name.append((char) ('a' + rest % 26));
            rest /= 26;
        } while (rest > 0);
        return name.toString();
    }
}
