package io.interven.gateway.core.fields;

import java.util.ArrayList;
import java.util.List;

/**
 * Unicode tag characters (U+E0000 to U+E007F): invisible, each the twin of an ASCII character (U+E0067 is
 * {@code g}). Outside emoji flags of subdivisions they carry text no reader sees but a model or a script reads
 * ("ASCII smuggling"), so a run of them is read as the ASCII it spells. The normalizer drops them as invisible,
 * which hides such text; here it is decoded instead.
 */
final class UnicodeTags {
    private static final int FIRST = 0xE0000;
    private static final int LAST = 0xE007F;
    /** The high surrogate of every tag character. */
    private static final char HIGH = '\uDB40';

    private UnicodeTags() {
    }

    static boolean mayContain(String text) {
        return text.indexOf(HIGH) >= 0;
    }

    /** The runs of tag characters in the text, as {start, end} pairs, in order. */
    static List<int[]> runs(String text) {
        List<int[]> runs = new ArrayList<>();
        int i = text.indexOf(HIGH);
        while (i >= 0) {
            int start = i;
            while (i < text.length() && isTag(text.codePointAt(i))) {
                i += 2;
            }
            if (i > start) {
                runs.add(new int[] {start, i});
            }
            i = text.indexOf(HIGH, Math.max(i, start + 1));
        }
        return runs;
    }

    /** The printable ASCII a run of tag characters spells (the language tag and the cancel tag spell nothing). */
    static String ascii(String run) {
        StringBuilder out = new StringBuilder(run.length() / 2);
        for (int i = 0; i < run.length(); ) {
            int cp = run.codePointAt(i);
            i += Character.charCount(cp);
            int c = cp - FIRST;
            if (c >= 0x20 && c < 0x7F) {
                out.append((char) c);
            }
        }
        return out.toString();
    }

    /** ASCII written back as tag characters; any other character is kept as it is. */
    static String encode(String text) {
        StringBuilder out = new StringBuilder(text.length() * 2);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                out.appendCodePoint(FIRST + c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isTag(int cp) {
        return cp >= FIRST && cp <= LAST;
    }
}
