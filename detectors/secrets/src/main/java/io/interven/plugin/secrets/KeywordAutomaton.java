package io.interven.plugin.secrets;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A compact Aho-Corasick automaton over a fixed set of keywords, matched case-insensitively one character at a time
 * ({@link Character#toLowerCase(char)}), so every offset stays where it was. It is a full transition table over the
 * classes of characters that occur in keywords (every other character is one class), so a scan costs one table
 * look-up per character and allocates nothing. Immutable and thread-safe once built.
 */
final class KeywordAutomaton {
    /** Receives each keyword occurrence. */
    interface HitSink {
        /** Keyword {@code keyword} (its index in the list given to the constructor) ends at {@code end - 1}. */
        void hit(int keyword, int end);
    }

    /** The most character classes a byte holds (unsigned), the class of characters in no keyword included. */
    static final int MAX_CLASSES = 256;
    private final int[] keywordLengths;
    /**
     * For every char, the class of its lower case (0: a character that occurs in no keyword), unsigned. A byte rather
     * than a char: the table is half the size, and a scan over it measured 12 to 15% faster.
     */
    private final byte[] classOfChar;
    private final int classCount;
    /**
     * {@code next[row + class]}: the state after reading a character of that class in the state whose row starts at
     * {@code row}, as the start of its own row ({@code state * classCount}), bit-inverted (negative) when keywords end
     * in it.
     */
    private final int[] next;
    /** The keywords that end in each state (own and by failure links); null when none. */
    private final int[][] hitsOf;
    /**
     * The depth of each state in the trie: the length of the longest suffix of the text read so far that is the start
     * of a keyword. A keyword occurrence found later starts no earlier than that suffix.
     */
    private final int[] depthOf;

    KeywordAutomaton(List<String> keywords) {
        keywordLengths = new int[keywords.size()];
        Map<Character, Integer> classes = new HashMap<>();
        for (String keyword : keywords) {
            for (int i = 0; i < keyword.length(); i++) {
                classes.putIfAbsent(keyword.charAt(i), classes.size() + 1);
            }
        }
        if (classes.size() + 1 > MAX_CLASSES) {
            throw new IllegalArgumentException("keywords use " + classes.size() + " distinct characters (lower-cased);"
                    + " at most " + (MAX_CLASSES - 1) + " are supported");
        }
        classCount = classes.size() + 1;
        char[] classOfKeywordChar = new char[Character.MAX_VALUE + 1];
        classes.forEach((c, cls) -> classOfKeywordChar[c] = (char) cls.intValue());
        classOfChar = new byte[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            classOfChar[c] = (byte) classOfKeywordChar[Character.toLowerCase((char) c)];
        }

        // the trie
        List<int[]> gotos = new ArrayList<>();
        List<List<Integer>> own = new ArrayList<>();
        List<Integer> depths = new ArrayList<>();
        gotos.add(newRow());
        own.add(new ArrayList<>());
        depths.add(0);
        for (int k = 0; k < keywords.size(); k++) {
            String keyword = keywords.get(k);
            keywordLengths[k] = keyword.length();
            if (keyword.isEmpty()) {
                continue;
            }
            int state = 0;
            for (int i = 0; i < keyword.length(); i++) {
                int cls = classes.get(keyword.charAt(i));
                if (gotos.get(state)[cls] < 0) {
                    gotos.get(state)[cls] = gotos.size();
                    gotos.add(newRow());
                    own.add(new ArrayList<>());
                    depths.add(i + 1);
                }
                state = gotos.get(state)[cls];
            }
            if (!own.get(state).contains(k)) {
                own.get(state).add(k);
            }
        }

        // failure links, breadth first, turned into a full transition table
        int states = gotos.size();
        depthOf = new int[states];
        for (int state = 0; state < states; state++) {
            depthOf[state] = depths.get(state);
        }
        next = new int[states * classCount];
        hitsOf = new int[states][];
        int[] fail = new int[states];
        List<List<Integer>> out = new ArrayList<>(own);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int cls = 0; cls < classCount; cls++) {
            int child = gotos.get(0)[cls];
            if (child < 0) {
                next[cls] = 0;
            } else {
                next[cls] = child;
                fail[child] = 0;
                queue.add(child);
            }
        }
        while (!queue.isEmpty()) {
            int state = queue.poll();
            List<Integer> hits = new ArrayList<>(own.get(state));
            for (int k : out.get(fail[state])) {
                if (!hits.contains(k)) {
                    hits.add(k);
                }
            }
            out.set(state, hits);
            for (int cls = 0; cls < classCount; cls++) {
                int child = gotos.get(state)[cls];
                if (child < 0) {
                    next[state * classCount + cls] = next[fail[state] * classCount + cls];
                } else {
                    next[state * classCount + cls] = child;
                    fail[child] = next[fail[state] * classCount + cls];
                    queue.add(child);
                }
            }
        }
        for (int state = 0; state < states; state++) {
            List<Integer> hits = out.get(state);
            hitsOf[state] = hits.isEmpty() ? null : hits.stream().mapToInt(Integer::intValue).toArray();
        }
        for (int i = 0; i < next.length; i++) {
            int target = next[i];
            next[i] = hitsOf[target] == null ? target * classCount : ~(target * classCount);
        }
    }

    private int[] newRow() {
        int[] row = new int[classCount];
        Arrays.fill(row, -1);
        return row;
    }

    int keywordLength(int keyword) {
        return keywordLengths[keyword];
    }

    /** The state to start a scan in. */
    static int start() {
        return 0;
    }

    /**
     * The state after reading {@code c} in {@code state}. States are opaque ints: non-negative when no keyword ends
     * in them, negative when one does ({@link #hitsOf}).
     */
    int step(int state, char c) {
        return next[(state < 0 ? ~state : state) + (classOfChar[c] & 0xFF)];
    }

    /** How many of the characters read last the automaton is matching in {@code state} (see {@link #depthOf}). */
    int depth(int state) {
        return depthOf[(state < 0 ? ~state : state) / classCount];
    }

    /**
     * The transition table, for a scan loop of its own: the row after reading {@code c} in row {@code row} (the
     * start's row is 0) is {@code transitions()[row + (classOfChar()[c] & 0xFF)]}, bit-inverted (negative) when
     * keywords end there ({@link #hitsOf} says which); read on from {@code ~row}. Not to be modified.
     */
    int[] transitions() {
        return next;
    }

    /** The class of each character (unsigned), for {@link #transitions()}. Not to be modified. */
    byte[] classOfChar() {
        return classOfChar;
    }

    /** The keywords that end in {@code state}, or null. */
    int[] hitsOf(int state) {
        return state < 0 ? hitsOf[~state / classCount] : null;
    }

    /** Whether any keyword occurs in {@code [from, to)} of {@code text}. Allocates nothing. */
    boolean occursIn(String text, int from, int to) {
        return firstHitEnd(text, from, to) >= 0;
    }

    /**
     * The index of the character of {@code [from, to)} of {@code text} at which the first keyword occurrence ends, or
     * -1 when none occurs. Allocates nothing.
     */
    int firstHitEnd(String text, int from, int to) {
        final int[] next = this.next;
        final byte[] classOfChar = this.classOfChar;
        int row = 0;
        for (int i = from; i < to; i++) {
            row = next[row + (classOfChar[text.charAt(i)] & 0xFF)];
            if (row < 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Reports every keyword occurrence in {@code [from, to)} of {@code text}; {@code end} is the offset in
     * {@code text} just after the occurrence.
     */
    void scan(String text, int from, int to, HitSink sink) {
        int state = start();
        for (int i = from; i < to; i++) {
            state = step(state, text.charAt(i));
            int[] hits = hitsOf(state);
            if (hits != null) {
                for (int k : hits) {
                    sink.hit(k, i + 1);
                }
            }
        }
    }
}
