package io.interven.plugin.pii;

import io.interven.spi.DataClasses;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Person names in prose, only right after a strong cue; not named-entity recognition. The name is a
 * {@link ProseName} and only the name is reported (not the title or the cue):
 * <ul>
 *   <li>a salutation: {@code Dear Jane Doe,} (two or three words, or one to three after a title:
 *       {@code Dear Dr. Smith,}), the name ending the salutation (a comma, colon, exclamation mark, line break or
 *       the end of the text follows);</li>
 *   <li>a title: {@code Mr.}, {@code Mrs.}, {@code Ms.}, {@code Mx.}, {@code Dr.}, {@code Prof.} in any case
 *       (without a dot only as written {@code Mr}, {@code Mrs}, {@code Ms}, {@code Mx}; {@code Miss} only so
 *       written, never the verb), then one to three words, ending before an address word ({@code Suite},
 *       {@code Apt.}); not after a number ({@code 200 ms Total}) and {@code Dr.} not after a capitalized word or a
 *       number ({@code 12 Oak Dr. Springfield});</li>
 *   <li>a signature block: a line that is only a closing ({@code Regards,}, {@code Best,}, {@code Sincerely,},
 *       {@code Thanks,}, {@code Mit freundlichen Grüßen}, ...), then, on the next line that is not blank, a name of
 *       two or three words that fills the line or is followed by a role ({@code Jane Doe, CTO});</li>
 *   <li>a form line: {@code Name:} (or {@code Full name:}, {@code Customer name:}, {@code Nombre:}, ...) opening a
 *       line with a capital letter, then a name of two to four words that fills the rest of the line or ends at a
 *       comma, semicolon or bar. Lower-case {@code name:} is YAML or code, never read.</li>
 * </ul>
 */
final class PersonNameInProseRecognizer implements PiiRecognizer {
    static final String ENTITY_TYPE = "PERSON";
    private static final double CONFIDENCE = 0.8;
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "mx", "miss", "dr.", "prof.");
    private static final Set<String> BARE_TITLES = Set.of("Mr", "Mrs", "Ms", "Mx", "Miss");
    private static final Set<String> LABELS = Set.of("name", "nombre", "nom", "nome");
    /** Words that may stand before {@code Name:} on its line. */
    private static final Set<String> LABEL_QUALIFIERS = Set.of("full", "first", "last", "given", "family",
            "customer", "patient", "contact", "client", "applicant", "employee", "guest", "passenger", "cardholder",
            "card holder", "account holder", "holder", "sender", "recipient", "legal", "member", "student",
            "traveler", "traveller", "buyer", "tenant", "insured", "policyholder", "beneficiary", "your");
    private static final Set<String> CLOSINGS = Set.of("regards", "best regards", "kind regards", "warm regards",
            "warmest regards", "best wishes", "best", "all the best", "sincerely", "yours sincerely",
            "sincerely yours", "yours truly", "yours faithfully", "cheers", "thanks", "many thanks",
            "thanks again", "thank you", "respectfully", "cordially", "cordialement", "bien cordialement", "saludos",
            "atentamente", "un saludo", "cordiali saluti", "distinti saluti", "mit freundlichen grüßen",
            "mit freundlichen grüssen", "viele grüße", "liebe grüße", "beste grüße", "freundliche grüße",
            "met vriendelijke groet", "groeten", "bien à vous", "atenciosamente", "abraços");
    private static final ProseCues CUES = ProseCues.of(cues());
    private static final int MIN_UPPER_CASE = 1;
    /** What a title may not follow without a space: the characters of file names, paths and identifiers. */
    private static final String GLUED_TO_A_NAME = "._-/\\@#$%&=+~:";
    /** The longest title with its dot, {@code prof.}: how far before a dot a title may start. */
    private static final int MAX_TITLE_LENGTH = 4;
    private static final String[] EAR = {"ear", "EAR"};
    /** The last letters of the titles, {@code mr mrs ms mx dr prof}, lower case. */
    private static final String TITLE_LAST_LETTERS = "rsxf";
    /** The most characters a label or closing may stand after on its line (a qualifier, markup, indentation). */
    private static final int MAX_LINE_HEAD = 32;

    @Override
    public String id() {
        return "person-name-in-prose";
    }

    /** Every cue that can lead to a name has an ASCII capital: in its own text, or in the name after it. */
    @Override
    public boolean mayMatch(TextProfile profile) {
        return profile.upperCaseLetters >= MIN_UPPER_CASE;
    }

    /**
     * The names after every cue. Cues are not searched character by character: each kind has a character or
     * letters that {@link String#indexOf} finds quickly ({@code ear} of {@code Dear}, the dot of a title, the
     * {@code M} of a bare title, the colon of a label, the line break after a closing), and only there is the cue
     * read. Overlapping names (a salutation's title) are reported once.
     */
    @Override
    public List<Finding> recognize(ScanField field) {
        String text = field.text();
        List<int[]> names = new ArrayList<>();
        for (String ear : EAR) {
            for (int p = text.indexOf(ear); p >= 0; p = text.indexOf(ear, p + 1)) {
                add(names, text, CUES.at(text, p - 1), "dear");
            }
        }
        for (int p = text.indexOf('.'); p >= 0; p = text.indexOf('.', p + 1)) {
            if (p < 2 || TITLE_LAST_LETTERS.indexOf(text.charAt(p - 1) | 0x20) < 0) {
                continue; // every title ends in r, s, x or f: most dots end sentences
            }
            for (int back = MAX_TITLE_LENGTH; back >= 2; back--) {
                ProseCues.Hit hit = CUES.at(text, p - back);
                if (hit != null && TITLES.contains(hit.cue()) && (hit.end() == p || hit.end() == p + 1)) {
                    add(names, text, hit, "title");
                    break;
                }
            }
        }
        for (int p = text.indexOf('M'); p >= 0; p = text.indexOf('M', p + 1)) {
            ProseCues.Hit hit = CUES.at(text, p);
            if (hit != null && TITLES.contains(hit.cue()) && hit.end() < text.length()
                    && text.charAt(hit.end()) != '.') {
                add(names, text, hit, "title");
            }
        }
        for (int p = text.indexOf(':'); p >= 0; p = text.indexOf(':', p + 1)) {
            ProseCues.Hit label = CUES.at(text, labelStart(text, p));
            if (label != null && LABELS.contains(label.cue())) {
                add(names, text, label, "label");
            }
        }
        for (int p = text.indexOf('\n'); p >= 0; p = text.indexOf('\n', p + 1)) {
            int lineStart = lineStart(text, p);
            if (lineStart >= 0) {
                int first = lineStart;
                while (first < p && " \t*-•#>_".indexOf(text.charAt(first)) >= 0) {
                    first++;
                }
                add(names, text, CUES.at(text, first), "closing");
            }
        }
        return findings(field, names);
    }

    /** The name after {@code cue} when it is a cue of {@code kind}, added to {@code names}. */
    private static void add(List<int[]> names, String text, ProseCues.Hit cue, String kind) {
        if (cue == null) {
            return;
        }
        int[] name = switch (kind) {
            case "dear" -> cue.cue().equals("dear") ? salutation(text, cue.end()) : null;
            case "title" -> titled(text, cue);
            case "label" -> formLine(text, cue);
            default -> CLOSINGS.contains(cue.cue()) ? signature(text, cue) : null;
        };
        if (name != null) {
            names.add(name);
        }
    }

    /** The names in text order, each once: a name overlapping an earlier one is left out. */
    private List<Finding> findings(ScanField field, List<int[]> names) {
        if (names.isEmpty()) {
            return List.of();
        }
        names.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        List<Finding> findings = new ArrayList<>();
        int coveredUntil = 0;
        for (int[] name : names) {
            if (name[0] >= coveredUntil) {
                findings.add(field.finding(ENTITY_TYPE, DataClasses.PII, name[0], name[1], CONFIDENCE, id()));
                coveredUntil = name[1];
            }
        }
        return findings;
    }

    /** Where the word before the colon at {@code colon} starts (spaces and markup between them skipped). */
    private static int labelStart(String text, int colon) {
        int end = colon;
        while (end > 0 && " \t*_".indexOf(text.charAt(end - 1)) >= 0 && colon - end < MAX_LINE_HEAD) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1)) && end - start < MAX_LINE_HEAD) {
            start--;
        }
        return start;
    }

    /** {@code Dear Jane Doe,} or {@code Dear Dr. Jane Doe,}. */
    private static int[] salutation(String text, int at) {
        int start = skipSpaces(text, at);
        if (start == at) {
            return null;
        }
        int minWords = 2;
        ProseCues.Hit title = TITLE_CUES.at(text, start);
        if (title != null) {
            int afterTitle = afterTitle(text, title);
            if (afterTitle < 0) {
                return null;
            }
            start = afterTitle;
            minWords = 1;
        }
        int end = ProseName.end(text, start, minWords, 3);
        if (end < 0) {
            return null;
        }
        int next = skipSpaces(text, end);
        boolean closes = next >= text.length() || ",:!;\n\r".indexOf(text.charAt(next)) >= 0;
        return closes ? new int[] {start, end} : null;
    }

    private static final ProseCues TITLE_CUES = ProseCues.of(TITLES.toArray(String[]::new));

    /** {@code Mr. Leiva}, {@code Dr. Kyle Kuefer}, {@code Ms Jones}. */
    private static int[] titled(String text, ProseCues.Hit title) {
        if (title.start() > 0 && !isAfterWhereATitleMayStand(text, title)) {
            return null;
        }
        int start = afterTitle(text, title);
        if (start < 0) {
            return null;
        }
        int end = ProseName.end(text, start, 1, 3);
        return end < 0 ? null : new int[] {start, end};
    }

    /**
     * Where the name after a title starts: after its dot (a bare title only as written {@code Mr}, {@code Ms}, ...)
     * and one or two spaces; -1 when the title is not followed so.
     */
    private static int afterTitle(String text, ProseCues.Hit title) {
        int at = title.end();
        if (title.cue().equals("miss")) {
            if (!text.startsWith("Miss", title.start())) {
                return -1; // the verb, not the title
            }
        } else if (!title.cue().endsWith(".")) {
            if (at < text.length() && text.charAt(at) == '.') {
                at++;
            } else if (!BARE_TITLES.contains(text.substring(title.start(), title.end()))) {
                return -1;
            }
        }
        int start = skipSpaces(text, at);
        return start == at || start - at > 2 ? -1 : start;
    }

    /**
     * Not after a number ({@code 200 ms Total}) or glued to a name ({@code test_name.prof. If}), and {@code Dr.} not
     * after a capitalized word or a number, where it abbreviates a street ({@code 12 Oak Dr. Springfield}).
     */
    private static boolean isAfterWhereATitleMayStand(String text, ProseCues.Hit title) {
        int i = title.start() - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        if (i < 0 || i == title.start() - 1) {
            // glued to a file name, a path or an identifier: test_name.prof, /opt/mr.
            return i < 0 || !Character.isLetterOrDigit(text.charAt(i)) && GLUED_TO_A_NAME.indexOf(text.charAt(i)) < 0;
        }
        char before = text.charAt(i);
        if (Character.isDigit(before)) {
            return false;
        }
        if (title.cue().equals("dr.") && Character.isLetter(before)) {
            int wordStart = i;
            while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            String word = text.substring(wordStart, i + 1);
            return !Character.isUpperCase(word.charAt(0)) || word.equalsIgnoreCase("dear")
                    || word.equalsIgnoreCase("hello") || word.equalsIgnoreCase("hi");
        }
        return true;
    }

    /** {@code Name: Jane Doe} opening a line (after a qualifier such as {@code Full}), capitalized. */
    private static int[] formLine(String text, ProseCues.Hit label) {
        int first = lineStart(text, label.start());
        if (first < 0) {
            return null;
        }
        while (first < label.start() && "*-•#>_ \t\r".indexOf(text.charAt(first)) >= 0) {
            first++;
        }
        String qualifier = stripMarkup(text.substring(first, label.start()));
        if (!qualifier.isEmpty() && !LABEL_QUALIFIERS.contains(qualifier.toLowerCase(Locale.ROOT))
                || !Character.isUpperCase(text.charAt(first))) {
            return null;
        }
        int at = label.end();
        while (at < text.length() && (text.charAt(at) == '*' || text.charAt(at) == '_')) {
            at++;
        }
        at = skipSpaces(text, at);
        if (at >= text.length() || text.charAt(at) != ':') {
            return null;
        }
        at++;
        while (at < text.length() && (text.charAt(at) == '*' || text.charAt(at) == '_')) {
            at++;
        }
        int start = skipSpaces(text, at);
        int end = ProseName.end(text, start, 2, 4);
        if (end < 0) {
            return null;
        }
        int next = skipSpaces(text, end);
        boolean closes = next >= text.length() || ",;|\n\r".indexOf(text.charAt(next)) >= 0;
        return closes ? new int[] {start, end} : null;
    }

    /** A closing alone on its line, then a name on the next line that is not blank. */
    private static int[] signature(String text, ProseCues.Hit closing) {
        int lineStart = lineStart(text, closing.start());
        if (lineStart < 0 || !stripMarkup(text.substring(lineStart, closing.start()).strip()).isEmpty()) {
            return null;
        }
        int at = closing.end();
        if (at < text.length() && (text.charAt(at) == ',' || text.charAt(at) == '!')) {
            at++;
        }
        at = skipSpaces(text, at);
        if (at < text.length() && text.charAt(at) == '\r') {
            at++;
        }
        if (at >= text.length() || text.charAt(at) != '\n') {
            return null; // the closing shares its line with other words (Thanks, looks good to me!)
        }
        int start = skipSpaces(text, at + 1);
        if (start < text.length() && (text.charAt(start) == '\r' || text.charAt(start) == '\n')) {
            start = skipSpaces(text, text.indexOf('\n', start) + 1); // one blank line between
        }
        int end = ProseName.end(text, start, 2, 3);
        if (end < 0) {
            return null;
        }
        int next = skipSpaces(text, end);
        boolean closes = next >= text.length() || "\r\n,|".indexOf(text.charAt(next)) >= 0
                || text.startsWith("- ", next) || text.startsWith("– ", next);
        return closes ? new int[] {start, end} : null;
    }

    /**
     * Where the line of {@code at} starts, looking back at most {@link #MAX_LINE_HEAD} characters (a label or a
     * closing opens its line, after a qualifier or some markup at most); -1 when the line starts further back.
     */
    private static int lineStart(String text, int at) {
        int limit = Math.max(0, at - MAX_LINE_HEAD);
        for (int i = at - 1; i >= limit; i--) {
            if (text.charAt(i) == '\n') {
                return i + 1;
            }
        }
        return limit == 0 ? 0 : -1;
    }

    private static String stripMarkup(String head) {
        int from = 0;
        while (from < head.length() && "*-•#>_ \t".indexOf(head.charAt(from)) >= 0) {
            from++;
        }
        int to = head.length();
        while (to > from && "*_ \t".indexOf(head.charAt(to - 1)) >= 0) {
            to--;
        }
        return head.substring(from, to);
    }

    private static int skipSpaces(String text, int at) {
        int i = at;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\u00A0')) {
            i++;
        }
        return i;
    }

    private static String[] cues() {
        List<String> cues = new ArrayList<>();
        cues.add("dear");
        cues.addAll(TITLES);
        cues.addAll(LABELS);
        cues.addAll(CLOSINGS);
        return cues.toArray(String[]::new);
    }
}
