package io.interven.plugin.pii;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import io.interven.spi.DataClasses;
import io.interven.spi.DetectionContext;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Phone numbers. A cheap pattern first cuts out runs of digits and phone separators that stand alone; libphonenumber
 * then finds, in each run, the numbers that are valid in international form ({@code +49 30 98739104}) or in the
 * national form of one of the {@link PhoneRegions} ({@code (503) 937-4811}, {@code 020 3661 4926},
 * {@code 06.28.89.62.08}; with the call's region hints, that region's too: {@code (11) 91234-5678} in a call whose
 * body names Brazil). {@link PhoneNumberShape} drops what only looks like a number (dates, times, IP
 * addresses, versions, SSNs, year-serial ids, house numbers, parts of longer tokens). A bare run of digits, or
 * pairs of digits without a trunk prefix ({@code 12 34 56 78}), needs a context word or a {@code +}; words such as
 * {@code order} or {@code invoice} just before a number make it an id instead. A number that has a possible length
 * but is not known to be valid (a new range, a local number, another country's format) counts when it has a
 * context word, or when it is written with {@code +} and in groups ({@code +1-984-182-0190}). Context words count
 * before the number or, on the same line, just after it ({@code 467 3395 (office)}).
 */
final class PhoneNumberRecognizer implements PiiRecognizer {
    static final String ENTITY_TYPE = "PHONE_NUMBER";
    private static final String ANY_REGION = "ZZ";
    private static final int MIN_DIGITS = 7;
    /**
     * The longest run that is read: {@code +49 (0)30 84264741 ext. 123456} is 30 characters. Longer runs of digits
     * and spaces are tables, lists and dumps, and reading them would let one payload cost seconds.
     */
    private static final int MAX_RUN_LENGTH = 40;
    /** A run holds one or two numbers: libphonenumber need not try more candidates than this in it. */
    private static final long MAX_TRIES = 8;
    /**
     * How many runs of one field libphonenumber reads (about 0.1 ms each). Further runs are judged by their shape
     * alone ({@link #numberByShape}): a table of 10,000 phone-like decoys costs 64 reads and a cheap look at each
     * other run, and a number after the decoys is still found.
     */
    static final int MAX_RUNS_READ = 64;
    private static final double CONFIDENCE_WITH_CONTEXT = 0.9;
    private static final double CONFIDENCE = 0.7;
    private static final PhoneNumberUtil PHONE_NUMBERS = PhoneNumberUtil.getInstance();
    /**
     * Digits with the separators phone numbers are written with, starting and ending in a digit or bracket, and
     * an optional extension ({@code x459}, {@code ext. 12}).
     */
    private static final Pattern RUN = Pattern.compile(
            "[+(]?\\d[\\d \\u00A0().\\-]*[\\d)](?: ?(?:x|ext\\.?|extension) ?\\d{1,6})?");
    private static final ContextWords CONTEXT = ContextWords.of("phone", "telephone", "tel", "mobile", "cell",
            "cellphone", "call", "called", "caller", "calling", "sms", "text me", "whatsapp", "fax", "msisdn", "reach",
            "reached", "contact", "dial", "landline", "hotline", "office", "desk", "answering", "voicemail");
    private static final ContextWords NOT_A_PHONE = ContextWords.of("order", "invoice", "inv", "tracking",
            "shipment", "parcel", "ticket", "case", "ref", "reference", "transaction", "txn", "account", "acct",
            "id", "serial", "sku", "batch", "job", "build", "version", "port", "pid", "uid", "iban", "card", "ssn",
            "social security", "routing", "sort code", "timestamp", "epoch", "heartbeat", "event at", "ts", "nonce",
            "seq", "count", "total", "amount", "balance", "size", "bytes", "duration", "license", "licence", "passport",
            "policy", "membership", "postcode", "postal", "zip", "swift", "bic", "vat", "tax", "ein", "isbn", "issn",
            "ieee", "iso", "iec", "ansi", "rfc", "doi", "range");

    /** Whether runs are sieved and regions skipped once a run is settled (off only to test that both are exact). */
    private final boolean shortcuts;

    PhoneNumberRecognizer() {
        this(true);
    }

    private PhoneNumberRecognizer(boolean shortcuts) {
        this.shortcuts = shortcuts;
    }

    /**
     * The recognizer without its shortcuts ({@link PhoneRunSieve}, and every region asked for every run): what the
     * shortcuts must never change, apart from the sieve's decision on card numbers.
     */
    static PhoneNumberRecognizer readingEveryRunInEveryRegion() {
        return new PhoneNumberRecognizer(false);
    }

    @Override
    public String id() {
        return "phone-number";
    }

    /** {@link #MIN_DIGITS} digits in one run, or in all with an extension's {@code x}. */
    @Override
    public boolean mayMatch(TextProfile profile) {
        return profile.longestPhoneDigits >= MIN_DIGITS || profile.hasX && profile.digits >= MIN_DIGITS;
    }

    @Override
    public List<Finding> recognize(ScanField field) {
        return recognize(field, DetectionContext.none());
    }

    /** The numbers of the field, national forms read for the default regions and the call's hinted ones. */
    @Override
    public List<Finding> recognize(ScanField field, DetectionContext context) {
        List<String> regions = PhoneRegions.of(context.regionHints());
        String text = field.text();
        if (isAllDigits(text)) {
            return numbersInPlainNumber(field, regions);
        }
        List<Finding> findings = new ArrayList<>();
        int runsRead = 0;
        int from = 0;
        int start;
        while ((start = nextRunStart(text, from)) >= 0) {
            int end = PhoneRun.end(text, start);
            if (end < 0) {
                from = start + 1;
                continue;
            }
            from = end;
            if (end - start <= MAX_RUN_LENGTH && digitCount(text, start, end) >= MIN_DIGITS
                    && PhoneNumberShape.standsAlone(text, start, end)) {
                if (NOT_A_PHONE.inKey(field.key())) {
                    return List.of(); // every number in the field is an id (see validated)
                }
                if (isHopelessBareRun(field, start, end)) {
                    continue;
                }
                if (runsRead++ >= MAX_RUNS_READ) {
                    findings.addAll(numberByShape(field, start, end));
                } else if (!shortcuts || !sieves(field, start, end)) { // a sieved run counts as read
                    findings.addAll(numbersIn(field, start, end, regions));
                }
            }
        }
        return findings;
    }

    /** Whether {@link PhoneRunSieve} spares libphonenumber the run {@code [start, end)} of the field's text. */
    boolean sieves(ScanField field, int start, int end) {
        return PhoneRunSieve.holdsNoPhoneNumber(field.text(), start, end,
                (spanStart, spanEnd) -> validated(field, spanStart, spanEnd, false) != null);
    }

    /**
     * Where {@link #RUN} may match: a digit, or a {@code +} or {@code (} before a digit. The runs, read there by
     * {@link PhoneRun}, are those of {@code RUN.matcher(text).find()}.
     */
    static int nextRunStart(String text, int from) {
        int n = text.length();
        for (int i = Math.max(from, 0); i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9'
                    || (c == '+' || c == '(') && i + 1 < n && CandidateStarts.isDigit(text.charAt(i + 1))) {
                return i;
            }
        }
        return -1;
    }

    /** The pattern of runs, which {@link PhoneRun} reads by hand. */
    static Pattern runPattern() {
        return RUN;
    }

    /**
     * What {@link #recognize} finds in a field of digits only (a JSON number, an id), without the {@link #RUN}
     * pattern: the pattern's one run is the whole text, which stands alone.
     */
    private List<Finding> numbersInPlainNumber(ScanField field, List<String> regions) {
        int length = field.text().length();
        if (length < MIN_DIGITS || length > MAX_RUN_LENGTH || NOT_A_PHONE.inKey(field.key())
                || isHopelessBareRun(field, 0, length)) {
            return List.of();
        }
        return numbersIn(field, 0, length, regions);
    }

    private static boolean isAllDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The phone numbers in the run {@code [start, end)} of the field's text, national ones of {@code regions}. */
    private List<Finding> numbersIn(ScanField field, int start, int end, List<String> regions) {
        String run = field.text().substring(start, end);
        TreeMap<Integer, PhoneNumberMatch> byStart;
        boolean possibleOnly;
        if (run.startsWith("+")) {
            // One number, whatever the region: one pass, then ask whether it is valid.
            byStart = matches(run, List.of(ANY_REGION), Leniency.POSSIBLE, whole -> false);
            possibleOnly = byStart.values().stream().noneMatch(m -> PHONE_NUMBERS.isValidNumber(m.number()));
        } else {
            byStart = matches(run, regions, Leniency.VALID, whole -> validated(field, start, end, false) != null);
            possibleOnly = byStart.isEmpty();
            if (possibleOnly) {
                if (!mayHaveContext(field, start, end)) {
                    return List.of(); // what only POSSIBLE finds here needs a context word (see validated)
                }
                byStart = matches(run, regions, Leniency.POSSIBLE, whole -> validated(field, start, end, true) != null);
            }
        }
        List<Finding> findings = new ArrayList<>();
        int coveredUntil = -1;
        for (PhoneNumberMatch match : byStart.values()) {
            if (match.start() < coveredUntil) {
                continue;
            }
            Finding finding = validated(field, start + match.start(), start + match.end(), possibleOnly);
            if (finding != null) {
                findings.add(finding);
                coveredUntil = match.end();
            }
        }
        return findings;
    }

    /**
     * Whether a number inside the run {@code [start, end)} can have a context word ({@link #validated}): in the
     * field's key, or in the text from {@link ContextWords#WINDOW} before the run to {@link ContextWords#WINDOW_AFTER}
     * after it, which holds every window {@link ContextWords#lastBefore} and {@link ContextWords#after} read for
     * such a number.
     */
    private static boolean mayHaveContext(ScanField field, int start, int end) {
        String text = field.text();
        return CONTEXT.inKey(field.key()) || CONTEXT.mayOccurWithin(text, start - ContextWords.WINDOW,
                end + ContextWords.WINDOW_AFTER);
    }

    /**
     * The run {@code [start, end)} as one number, judged as {@link #validated} judges a number libphonenumber found
     * valid, without asking libphonenumber: the cheap judgement past {@link #MAX_RUNS_READ}. It errs towards
     * reporting (a number of no known range still counts when it has the shape), and a run holding two numbers
     * is reported as one span or, when it has more digits than one number can, not at all.
     */
    private List<Finding> numberByShape(ScanField field, int start, int end) {
        Finding finding = validated(field, start, end, false);
        return finding == null ? List.of() : List.of(finding);
    }

    /**
     * The numbers libphonenumber finds in {@code run} for any of the regions, the longest at each start. Once one
     * region finds a number that is the whole run and {@code settlesRun} (it counts, so {@link #numbersIn} reports
     * it and nothing else in the run), the other regions are not asked: no match can be longer at the run's start,
     * and every other start lies inside it.
     */
    private TreeMap<Integer, PhoneNumberMatch> matches(String run, List<String> regions, Leniency leniency,
            Predicate<PhoneNumberMatch> settlesRun) {
        TreeMap<Integer, PhoneNumberMatch> byStart = new TreeMap<>();
        for (String region : regions) {
            for (PhoneNumberMatch match : PHONE_NUMBERS.findNumbers(run, region, leniency, MAX_TRIES)) {
                byStart.merge(match.start(), match, (a, b) -> a.end() >= b.end() ? a : b);
            }
            PhoneNumberMatch first = byStart.get(0);
            if (shortcuts && first != null && first.end() == run.length() && settlesRun.test(first)) {
                return byStart;
            }
        }
        return byStart;
    }

    private Finding validated(ScanField field, int start, int end, boolean possibleOnly) {
        String text = field.text();
        String written = text.substring(start, end);
        if (!PhoneNumberShape.isPlausible(text, start, end) || NOT_A_PHONE.inKey(field.key())) {
            return null;
        }
        boolean international = written.startsWith("+");
        boolean keyContext = CONTEXT.inKey(field.key());
        int contextWord = CONTEXT.lastBefore(text, start);
        if (!keyContext && !international && NOT_A_PHONE.lastBefore(text, start) > contextWord) {
            return null;
        }
        boolean context = keyContext || contextWord >= 0 || CONTEXT.after(text, end);
        if (!context && (PhoneNumberShape.isColumns(written) || PhoneNumberShape.continuesInADashedName(text, end))) {
            return null;
        }
        boolean bare = PhoneNumberShape.isBareDigits(written.startsWith("+") ? written.substring(1) : written)
                || PhoneNumberShape.isUnprefixedPairs(written);
        boolean convincing = possibleOnly ? international && !bare : international || !bare;
        if (!context && !convincing) {
            return null;
        }
        return field.finding(ENTITY_TYPE, DataClasses.PII, start, end,
                context ? CONFIDENCE_WITH_CONTEXT : CONFIDENCE, id());
    }

    /**
     * A run of bare digits (no {@code +}, no separators) that {@link #validated} would reject whatever
     * libphonenumber finds in it, so libphonenumber need not be asked. A number found in such a run stands alone
     * only when it is the whole run; then it is bare digits, which need a context word, and in national form it
     * has at most {@code MAX_NATIONAL_DIGITS} digits ({@link PhoneNumberShape}).
     */
    private static boolean isHopelessBareRun(ScanField field, int start, int end) {
        String text = field.text();
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        int digits = end - start;
        boolean internationalPrefix = digits >= 2 && text.charAt(start) == '0' && text.charAt(start + 1) == '0';
        if (!internationalPrefix && digits > PhoneNumberShape.MAX_NATIONAL_DIGITS) {
            return true;
        }
        return !CONTEXT.inKey(field.key()) && CONTEXT.lastBefore(text, start) < 0 && !CONTEXT.after(text, end);
    }

    private static int digitCount(String text, int start, int end) {
        int digits = 0;
        for (int i = start; i < end; i++) {
            if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                digits++;
            }
        }
        return digits;
    }
}
