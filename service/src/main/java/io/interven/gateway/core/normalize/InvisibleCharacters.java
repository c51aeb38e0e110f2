package io.interven.gateway.core.normalize;

import com.ibm.icu.text.UnicodeSet;

/**
 * Characters that change no glyph a reader sees and are dropped before matching: every format character
 * (general category {@code Cf}: zero-width space and joiners, the byte order mark, soft hyphen, bidi controls,
 * tag characters, the Mongolian vowel separator, ...) and every {@code Default_Ignorable_Code_Point} (variation
 * selectors, the combining grapheme joiner, Hangul fillers, ...). The set is built from the Unicode properties
 * in ICU's data, not typed by hand, so it follows the Unicode version ICU ships. None of them is ASCII.
 */
public final class InvisibleCharacters {
    private static final UnicodeSet INVISIBLE =
            new UnicodeSet("[[:General_Category=Cf:][:Default_Ignorable_Code_Point:]]").freeze();

    private InvisibleCharacters() {
    }

    public static boolean isInvisible(int codePoint) {
        return codePoint >= 0x80 && INVISIBLE.contains(codePoint);
    }
}
