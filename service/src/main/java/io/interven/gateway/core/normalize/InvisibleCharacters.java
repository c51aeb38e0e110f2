package io.interven.gateway.core.normalize;

import com.ibm.icu.text.UnicodeSet;

/**
 * Characters that change no glyph a reader sees, or stand for no text, and are dropped before matching:
 * <ul>
 *   <li>every format character (general category {@code Cf}: zero-width space and joiners, the byte order mark, soft
 *       hyphen, bidi controls, tag characters, the Mongolian vowel separator, ...) and every
 *       {@code Default_Ignorable_Code_Point} (variation selectors, the combining grapheme joiner, Hangul fillers, ...);
 *   <li>every control character ({@code Cc}, ASCII's included) that is not white space: NUL, escape, delete, the C1
 *       controls. Tab, line feed, vertical tab, form feed, carriage return and U+0085 stay: they separate words;</li>
 *   <li>what holds no agreed text: private-use characters ({@code Co}), code points not assigned in the Unicode
 *       version ICU ships and the noncharacters ({@code Cn}), lone surrogates ({@code Cs}: half a character, which
 *       no encoder writes), and U+FFFC OBJECT REPLACEMENT CHARACTER and U+FFFD REPLACEMENT CHARACTER, which mark
 *       where something that is not there stood;</li>
 *   <li>the {@link #BLANK_GLYPHS}: symbols that Unicode classes as visible but whose glyph is empty by design.</li>
 * </ul>
 * A receiver, or the person reading the message, deletes any of them from inside a token and has the token; so the
 * detectors read the text without them. The set is built from the Unicode properties in ICU's data, not typed by
 * hand, so it follows the Unicode version ICU ships (newer than the JDK's).
 */
public final class InvisibleCharacters {
    /**
     * U+2800 BRAILLE PATTERN BLANK (a Braille cell with no dot raised) and U+1D159 MUSICAL SYMBOL NULL NOTEHEAD:
     * category {@code So}, not ignorable, yet drawn as nothing; both are used to pad and split text invisibly.
     */
    static final String BLANK_GLYPHS = "\\u2800\\U0001D159";
    private static final UnicodeSet INVISIBLE = new UnicodeSet(
            "[[[:General_Category=Cf:][:Default_Ignorable_Code_Point:][:Cc:][:Co:][:Cn:][:Cs:]\\uFFFC\\uFFFD"
                    + BLANK_GLYPHS + "]-[:White_Space:]]").freeze();

    private InvisibleCharacters() {
    }

    public static boolean isInvisible(int codePoint) {
        return codePoint < 0x80 ? isStrayAsciiControl(codePoint) : INVISIBLE.contains(codePoint);
    }

    /** An ASCII control character other than white space: U+0000 to U+0008, U+000E to U+001F, U+007F. */
    static boolean isStrayAsciiControl(int c) {
        return c < 0x09 || c > 0x0D && c < 0x20 || c == 0x7F;
    }
}
