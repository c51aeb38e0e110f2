package io.interven.gateway.core.fields;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * The readers of field extraction one at a time, for {@code io.interven.benchmarks.ReaderCorpusCost}: each gate
 * ({@code mayHold}) alone, and each reader behind its gate as {@code LayerDecoder.encodedRuns} calls it. The readers
 * are package-private, so this class stands in their package; the benchmarks' jar puts both on one class path.
 */
public final class FieldReaders {
    private FieldReaders() {
    }

    /** By name, what each returns for a text: 1 or 0 for a gate, the number of runs for a reader. */
    public static Map<String, ToIntFunction<String>> gatesAndReaders() {
        Map<String, ToIntFunction<String>> all = new LinkedHashMap<>();
        all.put("white space (prose)", text -> LayerDecoder.containsWhitespace(text) ? 1 : 0);
        all.put("InvisibleCarriers gate", text -> InvisibleCarriers.mayContain(text) ? 1 : 0);
        all.put("EncodedRuns gate (embedded)", text -> EncodedRuns.mayHoldEmbedded(text) ? 1 : 0);
        all.put("EmphasisRuns gate", text -> EmphasisRuns.mayHold(text) ? 1 : 0);
        all.put("SpelledRuns gate", text -> SpelledRuns.mayHold(text) ? 1 : 0);
        all.put("LiteralJoins gate", text -> LiteralJoins.mayHold(text) ? 1 : 0);
        all.put("MarkupInWords gate", text -> MarkupInWords.mayHold(text) ? 1 : 0);
        all.put("DisguisedAddresses gate", text -> DisguisedAddresses.mayHold(text) ? 1 : 0);
        all.put("NumberWords gate", text -> NumberWords.mayHold(text) ? 1 : 0);
        all.put("SeparatedDigitGroups gate", text -> SeparatedDigitGroups.mayHold(text) ? 1 : 0);
        all.put("DigitLookalikes gate", text -> DigitLookalikes.mayHold(text) ? 1 : 0);
        all.put("MorseRuns gate", text -> MorseRuns.mayHold(text) ? 1 : 0);
        all.put("PhoneticRuns gate", text -> PhoneticRuns.mayHold(text) ? 1 : 0);
        all.put("ListedCharacters gate", text -> ListedCharacters.mayHold(text) ? 1 : 0);
        all.put("EncodedRuns (prose)", text -> LayerDecoder.containsWhitespace(text) ? EncodedRuns.in(text).size() : 0);
        all.put("EmphasisRuns", text -> EmphasisRuns.mayHold(text) ? EmphasisRuns.in(text).size() : 0);
        all.put("DecoratedRuns", text -> DecoratedRuns.mayHold(text, SpelledRuns.mayHold(text))
                ? DecoratedRuns.in(text).size() : 0);
        all.put("SpelledRuns", text -> SpelledRuns.mayHold(text) ? SpelledRuns.in(text).size() : 0);
        all.put("ListedCharacters", text -> ListedCharacters.mayHold(text) ? ListedCharacters.in(text).size() : 0);
        all.put("LiteralJoins", text -> LiteralJoins.mayHold(text) ? LiteralJoins.in(text).size() : 0);
        all.put("MarkupInWords", text -> MarkupInWords.mayHold(text) ? MarkupInWords.in(text).size() : 0);
        all.put("DisguisedAddresses", text -> DisguisedAddresses.mayHold(text)
                ? DisguisedAddresses.in(text).size() : 0);
        all.put("PhoneticRuns", text -> PhoneticRuns.mayHold(text) ? PhoneticRuns.in(text).size() : 0);
        all.put("NumberWords", text -> NumberWords.mayHold(text) ? NumberWords.in(text).size() : 0);
        all.put("SeparatedDigitGroups", text -> SeparatedDigitGroups.mayHold(text)
                ? SeparatedDigitGroups.in(text).size() : 0);
        all.put("DigitLookalikes", text -> DigitLookalikes.mayHold(text) ? DigitLookalikes.in(text).size() : 0);
        all.put("MorseRuns", text -> MorseRuns.mayHold(text) ? MorseRuns.in(text).size() : 0);
        all.put("KeyLikeWords (joins)", text -> KeyLikeWords.in(text).length / KeyLikeWords.STRIDE);
        return all;
    }
}
