package io.interven.gateway.core.fields;

/** A piece of a join ({@link JoinedValues}): the part {@code [from, to)} of a slot's text, all of it for a value. */
record JoinPiece(TextSlot slot, int from, int to) {
    static JoinPiece whole(TextSlot slot) {
        return new JoinPiece(slot, 0, slot.text().length());
    }

    int length() {
        return to - from;
    }

    void appendTo(StringBuilder joined) {
        joined.append(slot.text(), from, to);
    }
}
