package io.interven.gateway.core.normalize;

import com.ibm.icu.text.UnicodeSet;

/**
 * Characters that change no glyph a reader sees and are dropped before matching: every format character
 * (general category {@code Cf}: zero-width space and joiners, the byte order mark, soft hyphen, bidi controls,
 * tag characters, the Mongolian vowel separator, ...) and every {@code Default_Ignorable_Code_Point} (variation
 * selectors, the combining grapheme joiner, Hangul fillers, ...). The set is built from the Unicode properties
 * in ICU's data, not typed by hand, so it follows the Unicode version ICU ships. To them are added the
 * {@link #BLANK_GLYPHS}: symbols that Unicode classes as visible but whose glyph is empty by design, so that they
 * hide inside a value as the fillers do. None of them is ASCII.
 */
public final class InvisibleCharacters {
    /**
     * U+2800 BRAILLE PATTERN BLANK (a Braille cell with no dot raised) and U+1D159 MUSICAL SYMBOL NULL NOTEHEAD:
     * category {@code So}, not ignorable, yet drawn as nothing; both are used to pad and split text invisibly.
     */
    static final String BLANK_GLYPHS = "\\u2800\\U0001D159";
    private static final UnicodeSet INVISIBLE = new UnicodeSet(
            "[[:General_Category=Cf:][:Default_Ignorable_Code_Point:]" + BLANK_GLYPHS + "]").freeze();

    private InvisibleCharacters() {
    }

    public static boolean isInvisible(int codePoint) {
        return codePoint >= 0x80 && INVISIBLE.contains(codePoint);
    }
}
