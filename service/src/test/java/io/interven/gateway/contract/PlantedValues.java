package io.interven.gateway.contract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Raw values a test plants in scanned calls, and the distinctive pieces of them (every 8-character window of the
 * token, the local part of the address, the card's leading digits) that must not be found where data is kept.
 */
final class PlantedValues {
    static final String GITHUB_TOKEN = "ghp_" + "R8bY2kqN5tLw3xZ9mC4vF7hJ1sD6gA2IHz84";
    static final String EMAIL = "jane.doe@example.com";
    static final String CARD = "4111111111111111";
    /** The card as a header name writes its words, with dashes. */
    static final String DASHED_CARD = "4111-1111-1111-1111";

    private PlantedValues() {
    }

    /** Every planted value and distinctive substring of 8 or more characters. */
    static Set<String> needles() {
        Set<String> needles = new LinkedHashSet<>(List.of(GITHUB_TOKEN, EMAIL, CARD, "jane.doe", "doe@example",
                "jane.doe%40example", "41111111", "11111111", DASHED_CARD, "4111-1111", "1111-1111"));
        for (int i = 0; i + 8 <= GITHUB_TOKEN.length(); i++) {
            needles.add(GITHUB_TOKEN.substring(i, i + 8));
        }
        return needles;
    }

    /** Which needles {@code text} contains, each as "where: needle"; empty when none. */
    static List<String> foundIn(String where, String text) {
        List<String> found = new ArrayList<>();
        for (String needle : needles()) {
            if (text.contains(needle)) {
                found.add(where + ": " + needle);
            }
        }
        return found;
    }
}
