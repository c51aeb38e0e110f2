package io.interven.gateway.core.fields;

import io.interven.spi.FieldLocation;
import java.util.List;

/**
 * A header name as a scanned slot. Names join their words with dashes ({@code X-Card-4111111111111111}), which
 * detectors rightly read as part of a token elsewhere ({@code xoxb-…}, {@code INV-2024-…}); so a dashed name is
 * scanned both as written and, in a child, with its dashes read as spaces. The child has the name's length and
 * positions, so what is found in it is redacted in place and written back with its dashes.
 */
public final class HeaderNameSlot {
    static final String WORDS_SUFFIX = "|words";

    private HeaderNameSlot() {
    }

    /** The path of the name whose words are at {@code wordsPath}; null when that is not a name's words. */
    public static String nameOf(String wordsPath) {
        return wordsPath.endsWith(WORDS_SUFFIX) ? wordsPath.substring(0, wordsPath.length() - WORDS_SUFFIX.length())
                : null;
    }

    static TextSlot of(String path, String name, DecodeBudget budget) {
        if (name.indexOf('-') < 0 || !budget.take(name.length())) {
            return TextSlot.plain(path, FieldLocation.HEADER, null, name);
        }
        String childPath = path + WORDS_SUFFIX;
        TextSlot words = LayerDecoder.decode(childPath, FieldLocation.HEADER, null, name.replace('-', ' '), false, 1,
                budget);
        SplicedLayer layer = new SplicedLayer(List.of(new SplicedLayer.Piece(childPath, 0, name.length(),
                text -> text.replace(' ', '-'))));
        return new TextSlot(path, FieldLocation.HEADER, null, name, true, layer, List.of(words));
    }
}
