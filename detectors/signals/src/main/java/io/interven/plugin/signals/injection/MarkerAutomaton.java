package io.interven.plugin.signals.injection;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An Aho-Corasick automaton over words: every word sequence of every marker, found in one pass over a text's words,
 * whatever the number of markers. Words no marker uses reset it; filler words are skipped. Built once, immutable
 * and thread-safe afterwards.
 */
final class MarkerAutomaton {
    private static final class Node {
        final Map<Integer, Node> next = new HashMap<>();
        Node fail;
        final BitSet markers = new BitSet();
        /** {@link #next} once built, as sorted word ids and their nodes: looked up without boxing. */
        int[] childIds = new int[0];
        Node[] children = new Node[0];
        /** Whether {@link #markers} holds any, once built: read on every word, without reaching the set itself. */
        boolean marks;

        /** The node reached by word {@code id}, or null. */
        Node child(int id) {
            int at = Arrays.binarySearch(childIds, id);
            return at >= 0 ? children[at] : null;
        }

        void freeze() {
            marks = !markers.isEmpty();
            childIds = next.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            children = new Node[childIds.length];
            for (int i = 0; i < childIds.length; i++) {
                children[i] = next.get(childIds[i]);
            }
        }
    }

    private final Map<String, Integer> wordIds = new HashMap<>();
    private final List<InjectionMarker> markers;
    private final Node root = new Node();
    /** A word's id in the automaton, or {@link #FILLER} for a filler word (fillers win): one look-up per word. */
    private final Map<String, Integer> lookup;
    private static final int FILLER = -1;
    /** The same look-up for the words of all-ASCII texts, walked character by character. */
    private final AsciiWordTrie asciiWords;
    /** The root's children by word id (ids are 0 to the number of words): most words are read at the root. */
    private final Node[] rootChildren;

    MarkerAutomaton(List<InjectionMarker> markers, Set<String> fillers) {
        this.markers = List.copyOf(markers);
        for (int m = 0; m < markers.size(); m++) {
            for (List<String> sequence : markers.get(m).sequences()) {
                Node node = root;
                for (String word : sequence) {
                    int id = wordIds.computeIfAbsent(word, w -> wordIds.size());
                    node = node.next.computeIfAbsent(id, k -> new Node());
                }
                node.markers.set(m);
            }
        }
        linkFailures();
        Map<String, Integer> words = new HashMap<>(wordIds);
        fillers.forEach(filler -> words.put(filler, FILLER));
        this.lookup = words;
        this.asciiWords = new AsciiWordTrie(words);
        this.rootChildren = new Node[wordIds.size()];
        root.next.forEach((id, child) -> rootChildren[id] = child);
    }

    /** The markers whose words appear, in sequence, in the text; empty when none. */
    BitSet find(String text) {
        return InjectionWords.isAscii(text) ? findAscii(text) : findByWords(text);
    }

    /** {@link #find} word by word ({@link InjectionWords#forEach}), for any text. */
    BitSet findByWords(String text) {
        BitSet found = new BitSet();
        Node[] state = {root};
        InjectionWords.forEach(text, word -> {
            Integer id = lookup.get(word);
            state[0] = next(state[0], id == null ? AsciiWordTrie.NO_WORD : id, found);
        });
        return found;
    }

    /**
     * {@link #find} for an all-ASCII text: its words ({@code [A-Za-z0-9]} runs, lower-cased) are walked in the
     * {@link AsciiWordTrie} as they are read.
     */
    BitSet findAscii(String text) {
        BitSet found = new BitSet();
        Node state = root;
        int word = AsciiWordTrie.ROOT;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (AsciiWordTrie.index(c) >= 0) {
                word = asciiWords.step(word, c);
                inWord = true;
            } else if (inWord) {
                state = next(state, asciiWords.valueAt(word), found);
                word = AsciiWordTrie.ROOT;
                inWord = false;
            }
        }
        if (inWord) {
            next(state, asciiWords.valueAt(word), found);
        }
        return found;
    }

    /** The state after a word of value {@code id} (a word id, {@link #FILLER} or none), noting the markers found. */
    private Node next(Node state, int id, BitSet found) {
        if (id == FILLER) {
            return state;
        }
        if (id == AsciiWordTrie.NO_WORD) {
            return root;
        }
        Node node = state;
        Node child;
        while ((child = node == root ? rootChildren[id] : node.child(id)) == null && node != root) {
            node = node.fail;
        }
        node = child == null ? root : child;
        if (node.marks) {
            found.or(node.markers);
        }
        return node;
    }

    InjectionMarker marker(int index) {
        return markers.get(index);
    }

    private void linkFailures() {
        ArrayDeque<Node> queue = new ArrayDeque<>();
        root.fail = root;
        for (Node child : root.next.values()) {
            child.fail = root;
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            Node node = queue.poll();
            for (Map.Entry<Integer, Node> edge : node.next.entrySet()) {
                Node child = edge.getValue();
                Node fail = node.fail;
                while (fail != root && !fail.next.containsKey(edge.getKey())) {
                    fail = fail.fail;
                }
                Node target = fail.next.get(edge.getKey());
                child.fail = target != null && target != child ? target : root;
                child.markers.or(child.fail.markers);
                queue.add(child);
            }
        }
        ArrayDeque<Node> toFreeze = new ArrayDeque<>(List.of(root));
        while (!toFreeze.isEmpty()) {
            Node node = toFreeze.poll();
            node.freeze();
            toFreeze.addAll(node.next.values());
        }
    }

    /** How many markers the automaton holds. */
    int size() {
        return markers.size();
    }

    static List<Integer> indexes(BitSet found) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = found.nextSetBit(0); i >= 0; i = found.nextSetBit(i + 1)) {
            indexes.add(i);
        }
        return indexes;
    }
}
