package io.interven.plugin.pii;

import io.interven.spi.ScanField;

/**
 * What vouches for an identifier candidate: context words ({@link ContextWords}), or a combination of them
 * ({@link #anyOf}, {@link #allOf}) where one word alone names too many things ({@code account number} names a bank
 * account only beside {@code bank}, {@code routing}, {@code ACH}, ...).
 */
interface IdentifierContext {

    /** The field's key or the text just before {@code start} vouches for a candidate starting there. */
    boolean near(ScanField field, int start);

    /**
     * False only when {@link #near} is false for every candidate of the field: neither the key nor anywhere in the
     * text holds a context word. A cheap, field-wide precondition, asked once per field.
     */
    boolean mayBeIn(ScanField field);

    /** Whether this context can vouch when {@code present} tells which of its words are in the field. */
    boolean holds(java.util.function.Predicate<ContextWords> present);

    /** Adds the context words this context is made of to {@code out}, each once. */
    void collectWords(java.util.List<ContextWords> out);

    /** Either context vouches. */
    static IdentifierContext anyOf(IdentifierContext first, IdentifierContext second) {
        return new IdentifierContext() {
            @Override
            public boolean near(ScanField field, int start) {
                return first.near(field, start) || second.near(field, start);
            }

            @Override
            public boolean mayBeIn(ScanField field) {
                return first.mayBeIn(field) || second.mayBeIn(field);
            }

            @Override
            public boolean holds(java.util.function.Predicate<ContextWords> present) {
                return first.holds(present) || second.holds(present);
            }

            @Override
            public void collectWords(java.util.List<ContextWords> out) {
                first.collectWords(out);
                second.collectWords(out);
            }
        };
    }

    /** Both contexts vouch, each in the key or just before the candidate. */
    static IdentifierContext allOf(IdentifierContext first, IdentifierContext second) {
        return new IdentifierContext() {
            @Override
            public boolean near(ScanField field, int start) {
                return first.near(field, start) && second.near(field, start);
            }

            @Override
            public boolean mayBeIn(ScanField field) {
                return first.mayBeIn(field) && second.mayBeIn(field);
            }

            @Override
            public boolean holds(java.util.function.Predicate<ContextWords> present) {
                return first.holds(present) && second.holds(present);
            }

            @Override
            public void collectWords(java.util.List<ContextWords> out) {
                first.collectWords(out);
                second.collectWords(out);
            }
        };
    }
}
