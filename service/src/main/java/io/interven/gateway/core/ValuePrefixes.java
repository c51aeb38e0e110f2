package io.interven.gateway.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Entries keyed by their first four characters, packed into one {@code long} (four UTF-16 units of 16 bits), in an
 * open-addressing table: a text is searched by rolling the key one character at a time ({@link #roll}) and looking
 * it up, with no substring and no boxing per position. Built once, read-only afterwards.
 *
 * @param <V> the entries
 */
final class ValuePrefixes<V> {
    /** The characters a key packs. */
    static final int KEY_LENGTH = 4;

    private final long[] keys;
    private final List<List<V>> entries;
    private final int mask;

    private ValuePrefixes(long[] keys, List<List<V>> entries, int mask) {
        this.keys = keys;
        this.entries = entries;
        this.mask = mask;
    }

    /** The key of {@code text[at, at + 4)}. */
    static long key(String text, int at) {
        long key = 0;
        for (int i = at; i < at + KEY_LENGTH; i++) {
            key = roll(key, text.charAt(i));
        }
        return key;
    }

    /** The key of the four characters after those of {@code key}'s last three and {@code next}. */
    static long roll(long key, char next) {
        return key << Character.SIZE | next;
    }

    /** The entries whose first four characters have {@code key}, or null. */
    List<V> get(long key) {
        for (int slot = slotOf(key, mask); ; slot = (slot + 1) & mask) {
            List<V> found = entries.get(slot);
            if (found == null) {
                return null;
            }
            if (keys[slot] == key) {
                return found;
            }
        }
    }

    private static int slotOf(long key, int mask) {
        long mixed = key * 0x9E3779B97F4A7C15L;
        return (int) (mixed ^ (mixed >>> 32)) & mask;
    }

    /** Collects entries by key, then builds the table. */
    static final class Builder<V> {
        private final Map<Long, List<V>> byKey = new LinkedHashMap<>();

        /** Adds {@code entry} under the first four characters of {@code text} (at least four long). */
        void add(String text, V entry) {
            byKey.computeIfAbsent(key(text, 0), k -> new ArrayList<>()).add(entry);
        }

        boolean isEmpty() {
            return byKey.isEmpty();
        }

        ValuePrefixes<V> build() {
            List<Long> keys = new ArrayList<>(byKey.keySet());
            List<List<V>> lists = new ArrayList<>(byKey.values());
            int capacity = Integer.highestOneBit(Math.max(4, keys.size() * 2 + 1)) << 1;
            long[] table = new long[capacity];
            List<List<V>> entries = new ArrayList<>(capacity);
            for (int i = 0; i < capacity; i++) {
                entries.add(null);
            }
            int mask = capacity - 1;
            for (int k = 0; k < keys.size(); k++) {
                int slot = slotOf(keys.get(k), mask);
                while (entries.get(slot) != null) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = keys.get(k);
                entries.set(slot, List.copyOf(lists.get(k)));
            }
            return new ValuePrefixes<>(table, entries, mask);
        }
    }
}
