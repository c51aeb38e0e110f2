package io.interven.gateway.core.fields;

import io.interven.gateway.core.normalize.TextNormalizer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Characters no reader sees that still carry text a model or a script reads back, so that a value can ride along
 * inside an innocent text. The normalizer drops them as invisible, which hides what they carry; here a run of them
 * is decoded instead:
 * <ul>
 *   <li>{@link #TAGS}: Unicode tag characters (U+E0020 to U+E007E), each the twin of an ASCII character (U+E0067 is
 *       {@code g}): "ASCII smuggling". The language and cancel tags spell nothing; a subdivision flag's tags spell
 *       its region code.</li>
 *   <li>{@link #SELECTOR_BYTES}: variation selectors, each one byte (U+FE00 to U+FE0F are 0 to 15, U+E0100 to
 *       U+E01EF are 16 to 255), a run of at least {@value #MIN_SELECTOR_BYTES} spelling UTF-8 text that is mostly
 *       printable: data hidden after an emoji. One selector after an emoji (its presentation) spells nothing.</li>
 * </ul>
 */
enum InvisibleCarriers {
    TAGS("|tags") {
        @Override
        boolean carries(int cp) {
            return cp >= 0xE0000 && cp <= 0xE007F;
        }

        @Override
        Optional<String> read(String run) {
            StringBuilder out = new StringBuilder(run.length() / 2);
            run.codePoints().map(cp -> cp - 0xE0000).filter(c -> c >= 0x20 && c < 0x7F)
                    .forEach(c -> out.append((char) c));
            return out.length() == 0 ? Optional.empty() : Optional.of(out.toString());
        }

        @Override
        String write(String text) {
            StringBuilder out = new StringBuilder(text.length() * 2);
            text.chars().forEach(c -> {
                if (c < 0x80) {
                    out.appendCodePoint(0xE0000 + c);
                } else {
                    out.append((char) c);
                }
            });
            return out.toString();
        }
    },
    SELECTOR_BYTES("|vs") {
        @Override
        boolean carries(int cp) {
            return cp >= 0xFE00 && cp <= 0xFE0F || cp >= 0xE0100 && cp <= 0xE01EF;
        }

        @Override
        Optional<String> read(String run) {
            int[] values = run.codePoints().map(cp -> cp <= 0xFE0F ? cp - 0xFE00 : cp - 0xE0100 + 16).toArray();
            if (values.length < MIN_SELECTOR_BYTES) {
                return Optional.empty();
            }
            byte[] bytes = new byte[values.length];
            for (int i = 0; i < values.length; i++) {
                bytes[i] = (byte) values[i];
            }
            return EncodedText.printableUtf8(bytes);
        }

        @Override
        String write(String text) {
            StringBuilder out = new StringBuilder(text.length() * 2);
            for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
                int value = b & 0xFF;
                out.appendCodePoint(value < 16 ? 0xFE00 + value : 0xE0100 + value - 16);
            }
            return out.toString();
        }
    };

    static final int MIN_SELECTOR_BYTES = 4;

    private final String suffix;

    InvisibleCarriers(String suffix) {
        this.suffix = suffix;
    }

    /** The path suffix of what a run carries. */
    String suffix() {
        return suffix;
    }

    abstract boolean carries(int cp);

    /** What a run of this carrier spells; empty when it spells nothing worth reading. */
    abstract Optional<String> read(String run);

    /** A text written with this carrier. */
    abstract String write(String text);

    /**
     * Whether the text may hold a carrier: the high surrogate of the supplementary ones, or a BMP selector. An
     * all-ASCII text (most of them) is told by the normalizer's vectorized check.
     */
    static boolean mayContain(String text) {
        if (TextNormalizer.isAscii(text)) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uDB40' || c >= '\uFE00' && c <= '\uFE0F') {
                return true;
            }
        }
        return false;
    }

    /** A run of one carrier: where it is in the text, and which. */
    record Run(int start, int end, InvisibleCarriers carrier) {
    }

    /** The maximal runs of each carrier in the text, in order. */
    static List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            InvisibleCarriers carrier = of(cp);
            if (carrier == null) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < text.length() && carrier.carries(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            runs.add(new Run(start, i, carrier));
        }
        return runs;
    }

    private static InvisibleCarriers of(int cp) {
        for (InvisibleCarriers carrier : values()) {
            if (carrier.carries(cp)) {
                return carrier;
            }
        }
        return null;
    }
}
