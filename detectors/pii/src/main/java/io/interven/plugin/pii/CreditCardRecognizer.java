package io.interven.plugin.pii;

import io.interven.spi.DataClasses;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.util.ArrayList;
import java.util.List;

/**
 * Payment card numbers: 12 to 19 digits, optionally grouped with spaces or dashes ({@link CardNumberGrouping}, or in
 * any groups next to a card word), that pass the Luhn check and fall in a known issuer range of the right length.
 * Twelve digits (only Maestro issues them) are as often an account or order id, and JCB's 35 block outside its
 * published ranges is rare: these need a card word just before them or as the key ({@link CardIssuer#needsContext}).
 *
 * <p>Candidates come from {@link DigitChain}s, not from a pattern with look-arounds, so that neighbouring numbers
 * cannot hide each other: a chain ({@code 4111 1111 1111 1111 5500 0000 0000 0004}, or two cards one space apart) is
 * cut into cards at group boundaries. From its first group on, the longest run of whole groups that is written like a
 * card and passes Luhn and an issuer range is a card; the next card is looked for after it, and a group that starts
 * no card is skipped. A group is never split, so a run of more than 19 digits (an order number, a hash) holds no
 * card. A chain glued to a word (a letter, digit, {@code _} or {@code +} before it, a {@code .} or {@code -} right
 * after a letter or digit before it, as in {@code v1.4111...} or {@code xoxb-5994123438-...}) gives up its groups up
 * to its first space, which belong to that word; likewise on the right (a letter or {@code _} after it, a {@code -}
 * and a word, a {@code .} and digits other than a JSON number's zero fraction: {@code 4111111111111111.0} is a card
 * sent as a JSON number, {@code 0.4111111111111111} is not). Commas, semicolons,
 * pipes, tabs and line breaks separate values (CSV rows, lists). Groups among the codes of a hex table
 * ({@link HexCodeTable}) are codes.
 */
final class CreditCardRecognizer implements PiiRecognizer {
    static final String ENTITY_TYPE = "CREDIT_CARD";
    private static final double CONFIDENCE = 0.95;
    private static final int MIN_DIGITS = 12;
    private static final int MAX_DIGITS = 19;
    /** A digit a group at most: a layout cards are written in has five at most, a card word allows any. */
    private static final int MAX_GROUPS = MAX_DIGITS;
    private static final ContextWords CONTEXT = ContextWords.of("card", "cards", "credit", "debit", "cc", "visa",
            "mastercard", "amex", "maestro", "pan", "payment", "cardholder", "charge");

    @Override
    public String id() {
        return "credit-card";
    }

    /** Twelve digits at least, grouped by single spaces or dashes. */
    @Override
    public boolean mayMatch(TextProfile profile) {
        return profile.longestGroupedDigits >= MIN_DIGITS;
    }

    @Override
    public List<Finding> recognize(ScanField field) {
        List<Finding> findings = new ArrayList<>();
        DigitChain.scan(field.text(), chain -> cardsIn(field, chain, findings));
        return findings;
    }

    private void cardsIn(ScanField field, DigitChain chain, List<Finding> findings) {
        int groups = chain.groups();
        String text = chain.text();
        int first = isFreeBefore(text, chain.start(0)) ? 0 : afterFirstSpace(chain);
        int lastAllowed = isFreeAfter(text, chain.end(groups - 1)) ? groups - 1 : beforeLastSpace(chain);
        while (first <= lastAllowed) {
            int last = longestCardFrom(field, chain, first, lastAllowed);
            if (last < 0) {
                first++;
                continue;
            }
            if (!HexCodeTable.holdsGroupsAt(text, chain.start(first), chain.end(last))
                    || CONTEXT.near(field, chain.start(first))) {
                findings.add(field.finding(ENTITY_TYPE, DataClasses.PII, chain.start(first), chain.end(last),
                        CONFIDENCE, id()));
            }
            first = last + 1;
        }
    }

    /**
     * The first group after the first space of a chain glued to a word on its left: the groups joined to the word by
     * dashes belong to it ({@code xoxb-5994123438-6191756426509}, {@code INV-2024-...}).
     */
    private static int afterFirstSpace(DigitChain chain) {
        for (int g = 0; g < chain.groups() - 1; g++) {
            if (chain.separatorAfter(g) == ' ') {
                return g + 1;
            }
        }
        return chain.groups();
    }

    /** The last group before the last space of a chain glued to a word on its right, or -1. */
    private static int beforeLastSpace(DigitChain chain) {
        for (int g = chain.groups() - 2; g >= 0; g--) {
            if (chain.separatorAfter(g) == ' ') {
                return g;
            }
        }
        return -1;
    }

    /**
     * The last group of the longest card starting at group {@code first} and ending by {@code lastAllowed}, or -1. A
     * run of groups counts when it is grouped as cards are written ({@link CardNumberGrouping}), or in any groups when
     * a card word stands just before it or names its key ({@code card 4539 148 8034 36467}, {@code card no.
     * 4539-1488 0343 6467}), as a number is written to slip past a check of its layout: there the card word, the Luhn
     * check and the issuer's range decide.
     */
    private int longestCardFrom(ScanField field, DigitChain chain, int first, int lastAllowed) {
        int digits = 0;
        int longest = Math.min(lastAllowed, first + MAX_GROUPS - 1);
        int[] total = new int[MAX_GROUPS];
        for (int g = first; g <= longest; g++) {
            digits += chain.length(g);
            total[g - first] = digits;
        }
        Boolean cardWordBefore = null; // looked up once, for the first candidate whose layout needs it
        for (int last = longest; last >= first; last--) {
            int count = total[last - first];
            if (count < MIN_DIGITS || count > MAX_DIGITS) {
                continue;
            }
            if (!CardNumberGrouping.isPlausible(chain, first, last)) {
                if (cardWordBefore == null) {
                    cardWordBefore = CONTEXT.near(field, chain.start(first));
                }
                if (!cardWordBefore) {
                    continue;
                }
            }
            if (isCard(field, chain.digits(first, last), chain.start(first))) {
                return last;
            }
        }
        return -1;
    }

    private static boolean isCard(ScanField field, String digits, int start) {
        return LuhnChecksum.isValid(digits)
                && CardIssuer.of(digits)
                        .filter(issuer -> !issuer.needsContext(digits) || CONTEXT.near(field, start))
                        .isPresent();
    }

    private static boolean isFreeBefore(String text, int start) {
        if (start == 0) {
            return true;
        }
        char before = text.charAt(start - 1);
        if (NumberNeighbours.gluesTo(before) || before == '_' || before == '+') {
            return false;
        }
        if (before == '.' || before == '-') {
            return start < 2 || !NumberNeighbours.gluesTo(text.charAt(start - 2));
        }
        return true;
    }

    private static boolean isFreeAfter(String text, int end) {
        if (end == text.length()) {
            return true;
        }
        char after = text.charAt(end);
        if (NumberNeighbours.gluesTo(after) || after == '_') {
            return false;
        }
        if (after == '-' && end + 1 < text.length()
                && (NumberNeighbours.gluesTo(text.charAt(end + 1)) || text.charAt(end + 1) == '_')) {
            return false;
        }
        if (after == '.' && end + 1 < text.length() && DigitChain.isDigit(text.charAt(end + 1))) {
            return isZeroFraction(text, end + 1);
        }
        return true;
    }

    /** {@code 0}s from {@code from} on, then nothing glued: the fraction of a JSON number such as {@code 4111.0}. */
    private static boolean isZeroFraction(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == '0') {
            i++;
        }
        return i == text.length() || !NumberNeighbours.gluesTo(text.charAt(i)) && text.charAt(i) != '_'
                && !(text.charAt(i) == '.' && i + 1 < text.length() && DigitChain.isDigit(text.charAt(i + 1)));
    }
}
