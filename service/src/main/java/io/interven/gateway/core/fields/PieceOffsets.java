package io.interven.gateway.core.fields;

import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * Where the pieces of a run stand in its text ({@code [starts[k], ends[k])}) and where what each spells begins in the
 * value read back from them ({@code valueStarts[k]}; the value is {@code valueLength} long): maps an offset of the
 * text to the same place in the value, so that a finding in the text as written that lies inside the run is redacted
 * in the value ({@link SplicedLayer#handDown}). An offset between two pieces maps to where the next one begins.
 */
record PieceOffsets(int[] starts, int[] ends, int[] valueStarts, int valueLength) implements IntUnaryOperator {

    /** The offsets of pieces given as {@code {start, end, valueStart}}, in order. */
    static PieceOffsets of(List<int[]> pieces, int valueLength) {
        int[] starts = new int[pieces.size()];
        int[] ends = new int[pieces.size()];
        int[] valueStarts = new int[pieces.size()];
        for (int k = 0; k < pieces.size(); k++) {
            starts[k] = pieces.get(k)[0];
            ends[k] = pieces.get(k)[1];
            valueStarts[k] = pieces.get(k)[2];
        }
        return new PieceOffsets(starts, ends, valueStarts, valueLength);
    }

    @Override
    public int applyAsInt(int offset) {
        for (int k = 0; k < starts.length; k++) {
            if (offset < starts[k]) {
                return valueStarts[k];
            }
            if (offset <= ends[k]) {
                int width = (k + 1 < starts.length ? valueStarts[k + 1] : valueLength) - valueStarts[k];
                return valueStarts[k] + Math.min(offset - starts[k], width);
            }
        }
        return valueLength;
    }
}
