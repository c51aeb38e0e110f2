package io.interven.plugin.pii;

import io.interven.spi.ScanField;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Words that make a candidate more likely to be what it looks like ({@code phone}, {@code ssn}, ...). A word counts
 * when it is the name the field was filed under (a word of the JSON key, header or query name) or when it stands
 * on the same line shortly before the candidate (or, where a recognizer asks, shortly after it). A candidate that
 * opens its line is read with the line before it, where forms put the label. Phrases ({@code social security})
 * may be written with spaces, dashes or underscores.
 */
final class ContextWords implements IdentifierContext {
    /** How far before a candidate, on its line, a context word may stand. */
    static final int WINDOW = 48;
    /** How far after a candidate, on its line, a context word may stand where a recognizer looks there too. */
    static final int WINDOW_AFTER = 16;
    private static final int COMPACT_MATCH_MIN = 5;

    /**
     * From this length on, a text's context words are found once, in one pass over the whole text, and each
     * candidate looks its window up ({@link WordHits}); shorter texts are read window by window.
     */
    static final int INDEXED_TEXT_LENGTH = 2048;

    private final List<String> wordsGiven;
    /** The words and the text-only words: what the expression finds. */
    private final List<String> textWords;
    private final List<String> compactWords;
    /** The answers of {@link #inKey} for the field names seen (they repeat from call to call). */
    private final RememberedKeys<Boolean> keysSeen = new RememberedKeys<>();
    private final Pattern inText;
    /** Where one of the words may begin, so that a long text is searched at those places only. */
    private final WordStarts starts;
    /** The words found in the last long text this thread asked about, reused while candidates of it are judged. */
    private final ThreadLocal<WordHits> lastIndexed = new ThreadLocal<>();

    private ContextWords(List<String> words, List<String> textOnly) {
        this.wordsGiven = List.copyOf(words);
        this.compactWords = words.stream().map(FieldKey::compact).toList();
        List<String> all = new java.util.ArrayList<>(words);
        all.addAll(textOnly);
        this.textWords = List.copyOf(all);
        this.inText = Pattern.compile(all.stream()
                .map(w -> Pattern.quote(w.toLowerCase(Locale.ROOT)).replace(" ", "\\E[\\s_\\-]*\\Q"))
                .collect(Collectors.joining("|", "(?<![a-z])(?:", ")(?![a-z])")), Pattern.CASE_INSENSITIVE);
        this.starts = new WordStarts(all);
    }

    static ContextWords of(String... words) {
        return new ContextWords(List.of(words), List.of());
    }

    /**
     * These words and {@code textOnly}, which count in the text only, never in a key: abbreviations such as
     * {@code DL#} whose compact form ({@code dl}) names other things in keys.
     */
    ContextWords withTextOnly(String... textOnly) {
        return new ContextWords(wordsGiven, List.of(textOnly));
    }

    /** The key names one of the words, or the text says one of them shortly before {@code start}. */
    @Override
    public boolean near(ScanField field, int start) {
        return inKey(field.key()) || before(field.text(), start);
    }

    /** The key names one of the words, or the text holds one of them anywhere. */
    @Override
    public boolean mayBeIn(ScanField field) {
        return inKey(field.key()) || occursIn(field.text());
    }

    @Override
    public boolean holds(java.util.function.Predicate<ContextWords> present) {
        return present.test(this);
    }

    @Override
    public void collectWords(List<ContextWords> out) {
        if (out.stream().noneMatch(words -> words == this)) {
            out.add(this);
        }
    }

    /** The words the text is searched for, the text-only ones included. */
    List<String> textWords() {
        return textWords;
    }

    /** Whether one of the words may begin at {@code i}, by its first two characters. */
    boolean mayBeginAt(String text, int i) {
        return starts.mayBeginAt(text, i);
    }

    /** One of the words stands somewhere in {@code text}: a pattern try only where one may begin. */
    boolean occursIn(String text) {
        int i = starts.next(text, 0);
        if (i < 0) {
            return false;
        }
        Matcher m = inText.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int n = text.length();
        for (; i >= 0; i = starts.next(text, i + 1)) {
            if (m.region(i, n).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * One of the words is a word of the key ({@code applicant_ssn}, {@code contactPhone}), or, for words of five
     * letters or more, part of its compact form ({@code socialsecuritynumber}).
     */
    boolean inKey(String key) {
        if (key == null || key.isEmpty()) {
            return false;
        }
        Boolean known = keysSeen.get(key);
        if (known != null) {
            return known;
        }
        boolean found = inKeyWords(key);
        keysSeen.keep(key, found);
        return found;
    }

    private boolean inKeyWords(String key) {
        List<String> keyWords = FieldKey.words(key);
        String compactKey = FieldKey.compact(key);
        for (String word : compactWords) {
            if (keyWords.contains(word) || word.length() >= COMPACT_MATCH_MIN && compactKey.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** One of the words stands on the same line within {@link #WINDOW} characters before {@code start}. */
    boolean before(String text, int start) {
        return lastBefore(text, start) >= 0;
    }

    /**
     * Where the last of the words before {@code start} (on its line, within {@link #WINDOW} characters) ends, as
     * a distance from {@code start}'s window start; -1 when none is there. Larger means closer to the candidate.
     */
    int lastBefore(String text, int start) {
        int from = windowStart(text, start, WINDOW);
        if (!hasLetter(text, from, start)) {
            return -1;
        }
        if (text.length() >= INDEXED_TEXT_LENGTH) {
            int end = indexed(text).lastEndWithin(from, start);
            return end < 0 ? -1 : end - from;
        }
        Matcher m = inText.matcher(text).region(from, start);
        int last = -1;
        while (m.find()) {
            last = m.end() - from;
        }
        return last;
    }

    /**
     * False when none of the words can occur anywhere in {@code text[from, to)}, not even cut off by the ends of
     * that stretch: then neither {@link #lastBefore} nor {@link #after} finds one for a candidate whose windows lie
     * inside it.
     */
    boolean mayOccurWithin(String text, int from, int to) {
        for (int i = Math.max(from, 0); i < Math.min(to, text.length()); i++) {
            if (starts.mayBeginAt(text, i)) {
                return true;
            }
        }
        return false;
    }

    /** The words' hits in a whole text, found as {@link #lastBefore} finds them in a long one. */
    WordHits hitsIn(String text) {
        return WordHits.of(inText, starts, text);
    }

    /** The expression the words are found with. */
    Pattern expression() {
        return inText;
    }

    private WordHits indexed(String text) {
        WordHits hits = lastIndexed.get();
        if (hits == null || !hits.isOf(text)) {
            hits = WordHits.of(inText, starts, text);
            lastIndexed.set(hits);
        }
        return hits;
    }

    private static boolean hasLetter(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** One of the words stands on the same line within {@link #WINDOW_AFTER} characters after {@code end}. */
    boolean after(String text, int end) {
        int to = Math.min(text.length(), end + WINDOW_AFTER);
        for (int i = end; i < to; i++) {
            if (text.charAt(i) == '\n') {
                to = i;
            }
        }
        return inText.matcher(text).region(end, to).find();
    }

    /**
     * Up to {@code width} characters before {@code start}, not reaching back past a line break, except that a
     * candidate that opens its line is read with the line before it, its label ({@code Phone:}).
     */
    static String lineBefore(String text, int start, int width) {
        return text.substring(windowStart(text, start, width), start);
    }

    /** Where {@link #lineBefore} starts. */
    static int windowStart(String text, int start, int width) {
        int from = Math.max(0, start - width);
        int lineStart = lineStart(text, start, from);
        if (lineStart > from && isBlank(text, lineStart, start)) {
            lineStart = lineStart(text, lineStart - 1, from);
        }
        return lineStart;
    }

    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Where the line holding {@code text[end - 1]} starts, looking no further back than {@code from}. */
    private static int lineStart(String text, int end, int from) {
        for (int i = end - 1; i >= from; i--) {
            if (text.charAt(i) == '\n') {
                return i + 1;
            }
        }
        return from;
    }
}
