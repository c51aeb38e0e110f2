package io.interven.plugin.signals.injection;

import java.util.Arrays;
import java.util.Map;

/**
 * The marker automaton's words that can be written in ASCII ({@code [a-z0-9]}), as a trie walked while an all-ASCII
 * text is read: a word's value (its id, or the filler mark) is known when the word ends, without cutting it out of
 * the text, lower-casing a copy or hashing it. Words with other characters never occur in an ASCII text, where
 * {@link InjectionWords} reads only {@code [a-z0-9]} words.
 */
final class AsciiWordTrie {
    /** No word of the table: the walk has left the trie, or ended on a node that is no word. */
    static final int NO_WORD = Integer.MIN_VALUE;
    static final int ROOT = 0;
    static final int DEAD = -1;
    private static final int ALPHABET = 36;

    private int[] children = new int[ALPHABET * 16];
    private int[] values = new int[16];
    private int nodes = 1;

    /** @param words each word's value, for the words of {@code [a-z0-9]} only (others are left out) */
    AsciiWordTrie(Map<String, Integer> words) {
        Arrays.fill(children, DEAD);
        Arrays.fill(values, NO_WORD);
        words.forEach((word, value) -> {
            if (!word.isEmpty() && word.chars().allMatch(c -> index((char) c) >= 0)) {
                add(word, value);
            }
        });
    }

    /** The node after {@code node} reads {@code c} (lower-case ASCII letter or digit), or {@link #DEAD}. */
    int step(int node, char c) {
        return node == DEAD ? DEAD : children[node * ALPHABET + index(c)];
    }

    /** The value of the word that ends at {@code node}, or {@link #NO_WORD}. */
    int valueAt(int node) {
        return node == DEAD ? NO_WORD : values[node];
    }

    /** 0-25 for {@code a-z}, 26-35 for {@code 0-9}, -1 otherwise. */
    static int index(char c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        if (c >= '0' && c <= '9') {
            return 26 + c - '0';
        }
        return -1;
    }

    private void add(String word, int value) {
        int node = ROOT;
        for (int i = 0; i < word.length(); i++) {
            int slot = node * ALPHABET + index(word.charAt(i));
            if (children[slot] == DEAD) {
                int created = newNode(); // may grow the arrays: read them only after
                children[slot] = created;
            }
            node = children[slot];
        }
        values[node] = value;
    }

    private int newNode() {
        if (nodes == values.length) {
            int old = values.length;
            values = Arrays.copyOf(values, old * 2);
            Arrays.fill(values, old, values.length, NO_WORD);
            children = Arrays.copyOf(children, old * 2 * ALPHABET);
            Arrays.fill(children, old * ALPHABET, children.length, DEAD);
        }
        return nodes++;
    }
}
