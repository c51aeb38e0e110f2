package io.interven.gateway.core.fields;

import java.util.ArrayList;
import java.util.List;

/**
 * The pairs of {@link KeyLikeWords} of a call that may be the two halves of a key cut apart, in the order they are
 * written: the last such word of a text with the first of the next text that has one, and with the last written as a
 * key of the texts before when that is another ({@code "part one: ghp_R8bY2kqN5tLw"}, {@code "part two: 3xZ9…"}: in
 * two members, in the texts of two objects of a list, in a header or the query and the body); and two such words a
 * space apart inside one text ({@code AKIAZ7QW 3RT5YU2IOP4K}). A key in three or four parts, a part in each of texts
 * of prose in a row ({@code "part 1/3: ghp_R8bY2kq"}, …), is joined whole too: each text holding one word, written as
 * a key. A second half is a word written as a key is; a prefix ({@code sk_live_}) or a text's last word ({@code AKIA})
 * only starts a pair, and a text whose last word is one of those ({@code "nothing here"}) does not stand between the
 * halves around it. Words of the outermost scanned slots only: what a slot's decoding holds (a base64 run's JSON)
 * would stand between the pieces written around it. Names (of JSON members, of query and form pairs), and the values
 * of the protocol's own headers ({@code Content-Type}, {@code Accept}, {@code User-Agent}, …), are left out: they
 * would stand between a value's pieces.
 */
final class KeyLikeWordPairs {
    /** White space a space-cut key may have between its halves. */
    static final int MAX_GAP = 3;
    /** The longest half of a key cut by a space inside one text. */
    static final int MAX_HALF = 64;
    /** The most texts a key in parts is joined across, a part a text ({@code part 1/4: …} to {@code part 4/4: …}). */
    static final int MAX_PARTS = 4;
    /** Headers whose values are the protocol's own: their words stand between no halves ({@code application/json}). */
    private static final java.util.Set<String> PROTOCOL_HEADERS = java.util.Set.of("headers.accept",
            "headers.accept-encoding", "headers.accept-language", "headers.cache-control", "headers.connection",
            "headers.content-encoding", "headers.content-length", "headers.content-type", "headers.host",
            "headers.user-agent", "headers.traceparent", "headers.tracestate");

    private KeyLikeWordPairs() {
    }

    static List<List<JoinPiece>> of(List<TextSlot> body) {
        Pairing pairing = new Pairing();
        body.forEach(pairing::add);
        return pairing.pairs;
    }

    private static final class Pairing {
        private final List<List<JoinPiece>> pairs = new ArrayList<>();
        /** The last word of the last text that had one. */
        private JoinPiece previous;
        /** The last word written as a key of the earlier texts; a prefix or a last word after it does not replace it. */
        private JoinPiece previousKeyLike;
        /** The words of the last texts in a row of prose each holding one word, written as a key (a key in parts). */
        private final List<JoinPiece> chain = new ArrayList<>();

        void add(TextSlot slot) {
            if (!slot.scanned()) {
                slot.children().forEach(this::add);
                return;
            }
            if (slot.path().endsWith(JsonTextWalker.KEY_SUFFIX) || slot.path().endsWith(LayerDecoder.NAME_SUFFIX)
                    || PROTOCOL_HEADERS.contains(slot.path().toLowerCase(java.util.Locale.ROOT))) {
                return;
            }
            String text = slot.text();
            int[] words = KeyLikeWords.in(text);
            JoinPiece last = null;
            JoinPiece lastKeyLike = null;
            for (int k = 0; k < words.length; k += KeyLikeWords.STRIDE) {
                JoinPiece word = new JoinPiece(slot, words[k], words[k + 1]);
                boolean keyLike = words[k + 2] == KeyLikeWords.WRITTEN_AS_A_KEY;
                if (keyLike && k == 0) {
                    pairWith(previous, word);
                    if (previousKeyLike != previous) {
                        pairWith(previousKeyLike, word);
                    }
                    for (int from = chain.size() - 2; from >= 0; from--) {
                        List<JoinPiece> parts = new ArrayList<>(chain.subList(from, chain.size()));
                        parts.add(word);
                        pairs.add(parts); // three or four parts, each in a text of its own
                    }
                } else if (keyLike && isSpaceBetween(text, words[k - KeyLikeWords.STRIDE + 1], words[k])
                        && isCompact(last) && isCompact(word)) {
                    pairWith(last, word);
                }
                last = word;
                lastKeyLike = keyLike ? word : lastKeyLike;
            }
            if (last != null) {
                previous = last;
                previousKeyLike = lastKeyLike != null ? lastKeyLike : previousKeyLike;
            }
            if (words.length == 0) {
                return; // a text of prose words alone ("section", "Deploy notes") breaks no key in parts
            }
            boolean onePart = words.length == KeyLikeWords.STRIDE && lastKeyLike == last && LayerDecoder.containsWhitespace(text);
            if (!onePart) {
                chain.clear();
            } else {
                chain.add(last);
                if (chain.size() == MAX_PARTS) {
                    chain.remove(0);
                }
            }
        }

        private void pairWith(JoinPiece first, JoinPiece second) {
            if (first != null) {
                pairs.add(List.of(first, second));
            }
        }

        /**
         * A word that may be half of a key cut by a space in prose: letters, digits, {@code _} and {@code -} only, at
         * most {@value #MAX_HALF} long, and not a hex number (a hash or an id, of which logs hold many a space apart).
         */
        private static boolean isCompact(JoinPiece word) {
            String text = word.slot().text();
            if (word.length() > MAX_HALF) {
                return false;
            }
            boolean hex = true;
            for (int i = word.from(); i < word.to(); i++) {
                char c = text.charAt(i);
                boolean digit = c >= '0' && c <= '9';
                if (!digit && (char) ((c | 0x20) - 'a') >= 26 && c != '_' && c != '-') {
                    return false;
                }
                hex &= digit || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
            }
            return !hex;
        }

        private static boolean isSpaceBetween(String text, int from, int to) {
            if (to - from > MAX_GAP) {
                return false;
            }
            for (int i = from; i < to; i++) {
                if (!Character.isWhitespace(text.charAt(i))) {
                    return false;
                }
            }
            return true;
        }
    }
}
