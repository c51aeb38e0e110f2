package io.interven.plugin.pii;

/**
 * Runs that libphonenumber need not read (each read costs 20 to 70 µs for each of the nine or more regions), because
 * the phone number recognizer would report nothing in them whatever it found:
 * <ul>
 *   <li>a run that is one payment card number, written as cards are ({@link CardNumberGrouping}), passing Luhn and
 *       in an issuer's range at a length that needs no card word ({@code 4111 1111 1111 1111}): a card, reported
 *       by the card recognizer, whose groups are not read as phone numbers (a decision: such a run has 13 to 19
 *       digits, more than a national number, and no phone number is written in groups of four);</li>
 *   <li>a run in which the recognizer would report no span, whatever libphonenumber said of it: IP addresses,
 *       SSNs, dotted versions and dashed ids ({@link PhoneNumberShape#isPlausible}), numbers after an id word
 *       ({@code ref 1234 5678 9012}). A number libphonenumber finds is a span of the run, and the recognizer
 *       judges a span by its place in the text alone; so the spans are judged here first, the whole run first,
 *       only those whose ends {@link PhoneNumberShape#standsAlone} admits (no other span is ever reported).</li>
 * </ul>
 * Past {@link #MAX_SPANS_TRIED} spans the run is read as before: the sieve only ever saves work.
 */
final class PhoneRunSieve {
    /** A run of 40 characters with a space every other one has hundreds of spans; a phone-like run stops early. */
    static final int MAX_SPANS_TRIED = 48;
    private static final int MIN_CARD_DIGITS = 13;
    private static final int MAX_CARD_DIGITS = 19;

    private PhoneRunSieve() {
    }

    /** How the recognizer judges a span {@code [from, to)} of the field's text that libphonenumber found valid. */
    interface SpanJudge {
        boolean reports(int from, int to);
    }

    /** Whether no phone number in {@code [start, end)} of {@code text} can be reported, so it need not be read. */
    static boolean holdsNoPhoneNumber(String text, int start, int end, SpanJudge judge) {
        return isCardNumber(text, start, end) || !mayHoldReportedSpan(text, start, end, judge);
    }

    static boolean isCardNumber(String text, int start, int end) {
        boolean[] card = {false};
        DigitChain.scan(text.substring(start, end), chain -> {
            int last = chain.groups() - 1;
            if (chain.start(0) != 0 || chain.end(last) != end - start) {
                return;
            }
            String digits = chain.digits(0, last);
            card[0] = digits.length() >= MIN_CARD_DIGITS && digits.length() <= MAX_CARD_DIGITS
                    && CardNumberGrouping.isPlausible(chain, 0, last) && LuhnChecksum.isValid(digits)
                    && CardIssuer.of(digits).filter(issuer -> !issuer.needsContext(digits)).isPresent();
        });
        return card[0];
    }

    /**
     * Whether the judge reports some span of the run whose start and end {@link PhoneNumberShape#standsAlone}
     * admits; {@code true} as well once {@link #MAX_SPANS_TRIED} spans were judged.
     */
    static boolean mayHoldReportedSpan(String text, int start, int end, SpanJudge judge) {
        int tried = 0;
        for (int length = end - start; length > 0; length--) {
            for (int from = start; from + length <= end; from++) {
                int to = from + length;
                if (!PhoneNumberShape.standsAloneOnTheLeft(text, from)
                        || !PhoneNumberShape.standsAloneOnTheRight(text, to)) {
                    continue;
                }
                if (judge.reports(from, to) || ++tried >= MAX_SPANS_TRIED) {
                    return true;
                }
            }
        }
        return false;
    }
}
