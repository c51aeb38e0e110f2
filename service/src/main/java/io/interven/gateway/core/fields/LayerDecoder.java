package io.interven.gateway.core.fields;

import com.fasterxml.jackson.databind.JsonNode;
import io.interven.spi.FieldLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Turns a text into a {@link TextSlot}, recognizing the encodings agents wrap payloads in: JSON in a string (every key
 * occurrence, and text after the value), {@code data:} URIs, MIME multipart bodies (with base64 and quoted-printable
 * parts, each filed under its form field's name), {@code name=value&...} forms (names and values), percent-encoding,
 * base64 / base64url (wrapped or not, gzip, zlib or raw deflate inside), hex, base32, base85 and uuencoding (of UTF-8
 * text, or of UTF-16 where the bytes show it), HTML character references, Basic auth, tables with a header row (CSV,
 * TSV: each cell filed under its column's name), base64 or hex runs inside prose, and values spelled out in pieces (a
 * character or a chunk at a time, or as character codes, with any decoration around each), built from string literals
 * in code, cut by markup that renders away, disguised as {@code jane [at] example [dot] com}, or written digit by digit
 * in words, in Morse code or in the phonetic alphabet. Each check is a cheap look at the text before any decoding.
 * Layers nest up to {@link DecodeBudget#MAX_DEPTH}; decoding stops when the call's budget is spent. Nothing here
 * recurses deeper than that bound, and no regex is used.
 */
public final class LayerDecoder {
    public static final String NAME_SUFFIX = "|name";
    public static final String TRAILING_SUFFIX = "|trailing";
    public static final String CSV_SUFFIX = "|csv";
    public static final String SPELLED_SUFFIX = "|spelled";
    public static final String BYTES_SUFFIX = "|bytes";
    private static final String RUN_PREFIX = "|run[";
    private static final UnaryOperator<String> AS_IS = UnaryOperator.identity();

    private LayerDecoder() {
    }

    /**
     * The path of the text a spelled run was read from ({@code $.note} for {@code $.note|run[2]|spelled}), or null when
     * {@code path} is not a spelled run's.
     */
    public static String textOfSpelledRun(String path) {
        if (!path.endsWith(SPELLED_SUFFIX)) {
            return null;
        }
        int run = path.lastIndexOf(RUN_PREFIX, path.length() - SPELLED_SUFFIX.length());
        return run < 0 ? null : path.substring(0, run);
    }

    /** A slot for {@code text}, with its layers decoded. {@code formBody}: the text is a form-encoded body. */
    public static TextSlot decode(String path, FieldLocation location, String key, String text, boolean formBody,
                                  int depth, DecodeBudget budget) {
        if (text.length() < 2) {
            return TextSlot.plain(path, location, key, text);
        }
        if (depth >= DecodeBudget.MAX_DEPTH) {
            if (!budget.isProbing() && !budget.wasExceeded()
                    && decodesFurther(path, location, key, text, formBody, depth, budget)) {
                budget.exceed();
            }
            return TextSlot.plain(path, location, key, text);
        }
        return layered(path, location, key, text, formBody, depth, budget);
    }

    /**
     * Whether a text past the deepest level read would have a layer: one layer tried, from the call's own budget
     * (what that layer decodes to is past the deepest level too, and is not looked at again). Once the call is
     * known not to be wholly read, nothing more is tried.
     */
    private static boolean decodesFurther(String path, FieldLocation location, String key, String text,
                                          boolean formBody, int depth, DecodeBudget budget) {
        budget.probing(true);
        try {
            return layered(path, location, key, text, formBody, depth, budget).layer() != null;
        } finally {
            budget.probing(false);
        }
    }

    /** A text to read a layer of, and where it is. */
    private record Candidate(String path, FieldLocation location, String key, String text, boolean formBody,
                             int depth, DecodeBudget budget) {
    }

    /** One kind of layer: a slot with that layer decoded, or empty when the text has no such layer. */
    private interface LayerReader {
        Optional<TextSlot> read(Candidate c);
    }

    /**
     * The layers in the order they are tried. They capture nothing, so that trying them allocates nothing: a chain
     * of {@code Optional.or} allocated its ten suppliers for every slot of every call.
     */
    private static final List<LayerReader> LAYERS = List.of(
            c -> byteList(c.path(), c.location(), c.key(), c.text(), c.depth(), c.budget()),
            c -> json(c.path(), c.location(), c.key(), c.text(), c.depth(), c.budget()),
            c -> basicAuth(c.path(), c.location(), c.key(), c.text(), c.depth(), c.budget()),
            c -> dataUri(c.path(), c.location(), c.key(), c.text(), c.depth(), c.budget()),
            c -> multipart(c.path(), c.location(), c.key(), c.text(), c.depth(), c.budget()),
            c -> quotedPrintableText(c.path(), c.location(), c.key(), c.text(), c.depth(), c.budget()),
            c -> form(c.path(), c.location(), c.key(), c.text(), c.formBody(), c.depth(), c.budget()),
            c -> percentEncoded(c.path(), c.location(), c.key(), c.text(), c.depth(), c.budget()),
            c -> reversedEncoding(c.path(), c.location(), c.key(), c.text(), c.depth(), c.budget()),
            c -> binary(c.path(), c.location(), c.key(), c.text().strip(), c.text(), true, c.depth(), c.budget()),
            c -> reversedBinary(c.path(), c.location(), c.key(), c.text(), c.depth(), c.budget()),
            c -> htmlEntities(c.path(), c.location(), c.key(), c.text(), c.depth(), c.budget()),
            c -> backslashEscapes(c.path(), c.location(), c.key(), c.text(), c.depth(), c.budget()),
            c -> csv(c.path(), c.location(), c.key(), c.text(), c.depth(), c.budget()),
            c -> encodedRuns(c.path(), c.location(), c.key(), c.text(), c.depth(), c.budget()));

    /** The first layer that recognizes the text ({@link #LAYERS}), or a plain slot. */
    private static TextSlot layered(String path, FieldLocation location, String key, String text, boolean formBody,
                                    int depth, DecodeBudget budget) {
        Candidate candidate = new Candidate(path, location, key, text, formBody, depth, budget);
        for (LayerReader layer : LAYERS) {
            Optional<TextSlot> slot = layer.read(candidate);
            if (slot.isPresent()) {
                return slot.get();
            }
        }
        return TextSlot.plain(path, location, key, text);
    }

    /** The slots of a JSON tree: every string/number value (decoded further) and every object key. */
    public static List<TextSlot> slotsOfJson(JsonNode tree, String rootPath, FieldLocation location, int depth,
                                             DecodeBudget budget) {
        List<TextSlot> slots = new ArrayList<>();
        JsonTextWalker.walk(tree, rootPath, new JsonTextWalker.Visitor() {
            @Override
            public Optional<String> visit(String path, String key, String text) {
                if (!text.isEmpty()) {
                    slots.add(decode(path, location, key, text, false, depth, budget));
                }
                return Optional.empty();
            }

            @Override
            public Optional<String> visitKey(String keyPath, String key) {
                // a key is decoded as a value is: a name can carry base64, escapes or invisible carriers too
                slots.add(key.isEmpty() ? TextSlot.plain(keyPath, location, key, key)
                        : decode(keyPath, location, key, key, false, depth, budget));
                return Optional.empty();
            }
        });
        return slots;
    }

    /**
     * A query string or form as a slot: each value is a child {@code <prefix>.<name>} (decoded further), each name
     * a child {@code <prefix>.<name>|name}; a repeated name's value is {@code <prefix>.<name>[1]}, ...
     */
    public static Optional<TextSlot> pairs(String path, FieldLocation location, String key, String text,
                                           String childPrefix, int depth, DecodeBudget budget) {
        List<SplicedLayer.Piece> pieces = new ArrayList<>();
        List<TextSlot> children = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int start = 0;
        while (start <= text.length()) {
            int amp = text.indexOf('&', start);
            int end = amp < 0 ? text.length() : amp;
            if (end > start) {
                int eq = text.indexOf('=', start);
                int nameEnd = eq < 0 || eq > end ? end : eq;
                String name = PercentCoding.decode(text.substring(start, nameEnd), true);
                int n = seen.merge(name, 1, Integer::sum);
                String valuePath = JsonPaths.child(childPrefix, name) + (n > 1 ? "[" + (n - 1) + "]" : "");
                if (!name.isEmpty() && budget.take(name.length())) {
                    children.add(TextSlot.plain(valuePath + NAME_SUFFIX, location, null, name));
                    pieces.add(new SplicedLayer.Piece(valuePath + NAME_SUFFIX, start, nameEnd,
                            PercentCoding::encodeForm));
                }
                String value = nameEnd < end ? PercentCoding.decode(text.substring(nameEnd + 1, end), true) : "";
                if (!value.isEmpty() && budget.take(value.length())) {
                    children.add(decode(valuePath, location, name, value, false, depth + 1, budget));
                    pieces.add(new SplicedLayer.Piece(valuePath, nameEnd + 1, end, PercentCoding::encodeForm));
                }
            }
            start = end + 1;
        }
        return children.isEmpty() ? Optional.empty()
                : Optional.of(new TextSlot(path, location, key, text, false, new SplicedLayer(pieces), children));
    }

    private static Optional<TextSlot> json(String path, FieldLocation location, String key, String text, int depth,
                                           DecodeBudget budget) {
        if (!EmbeddedJson.mayBeJson(text) || !budget.take(text.length())) {
            return Optional.empty();
        }
        String inner = path + "|json";
        return EmbeddedJson.parse(text, inner).map(parsed -> {
            List<SplicedLayer.Piece> pieces = new ArrayList<>();
            List<TextSlot> children = new ArrayList<>();
            for (EmbeddedJson.Token token : parsed.tokens()) {
                if (token.text().isEmpty()) {
                    continue;
                }
                children.add(token.isKey() ? TextSlot.plain(token.path(), location, token.key(), token.text())
                        : decode(token.path(), location, token.key(), token.text(), false, depth + 1, budget));
                pieces.add(new SplicedLayer.Piece(token.path(), token.start(), token.end(),
                        EmbeddedJson.AS_JSON_STRING));
            }
            String trailing = text.substring(parsed.end());
            if (!trailing.isBlank()) {
                children.add(decode(path + TRAILING_SUFFIX, location, key, trailing, false, depth + 1, budget));
                pieces.add(new SplicedLayer.Piece(path + TRAILING_SUFFIX, parsed.end(), text.length(), AS_IS));
            }
            return new TextSlot(path, location, key, text, false, new SplicedLayer(pieces), children);
        });
    }

    /**
     * A list of byte values ({@link ByteLists}): scanned as written, and as the text its bytes spell, a child
     * {@code |bytes} written back as a list of the redacted text's bytes.
     */
    private static Optional<TextSlot> byteList(String path, FieldLocation location, String key, String text,
                                               int depth, DecodeBudget budget) {
        String list = text.strip();
        if (!ByteLists.mayBe(list)) {
            return Optional.empty();
        }
        int start = text.indexOf('[');
        return ByteLists.read(list).filter(read -> budget.take(read.text().length())).map(read -> {
            String childPath = path + BYTES_SUFFIX;
            SplicedLayer.Piece piece = new SplicedLayer.Piece(childPath, start, start + list.length(),
                    redacted -> ByteLists.write(redacted, read.separator(), read.form()));
            return new TextSlot(path, location, key, text, true, new SplicedLayer(List.of(piece)),
                    List.of(decode(childPath, location, key, read.text(), false, depth + 1, budget)));
        });
    }

    private static Optional<TextSlot> basicAuth(String path, FieldLocation location, String key, String text,
                                                int depth, DecodeBudget budget) {
        if (location != FieldLocation.HEADER) {
            return Optional.empty();
        }
        String value = text.strip();
        int space = value.indexOf(' ');
        if (space != 5 || !value.substring(0, 5).equalsIgnoreCase("basic")) {
            return Optional.empty();
        }
        String scheme = value.substring(0, 5);
        String blob = value.substring(6).strip();
        return base64Bytes(blob).flatMap(EncodedText::printableUtf8)
                .filter(decoded -> decoded.indexOf(':') > 0)
                .filter(decoded -> budget.take(decoded.length()))
                .map(decoded -> new TextSlot(path, location, key, text, true, new BasicAuthLayer(scheme),
                        List.of(TextSlot.plain(path + BasicAuthLayer.SUFFIX, location, key, decoded))));
    }

    private static Optional<TextSlot> dataUri(String path, FieldLocation location, String key, String text,
                                              int depth, DecodeBudget budget) {
        if (text.length() < 6 || !text.regionMatches(true, 0, "data:", 0, 5)) {
            return Optional.empty();
        }
        int comma = text.indexOf(',');
        if (comma < 0) {
            return Optional.empty();
        }
        String header = text.substring(0, comma + 1);
        boolean base64 = header.toLowerCase(Locale.ROOT).endsWith(";base64,");
        String payload = text.substring(comma + 1);
        Optional<String> decoded = base64 ? base64Bytes(payload.strip()).flatMap(EncodedText::printableUtf8)
                : Optional.of(PercentCoding.decode(payload, false));
        return decoded.filter(d -> !d.isEmpty() && budget.take(d.length()))
                .map(d -> new TextSlot(path, location, key, text, base64, new DataUriLayer(header, base64),
                        List.of(decode(path + DataUriLayer.SUFFIX, location, key, d, false, depth + 1, budget))));
    }

    private static Optional<TextSlot> multipart(String path, FieldLocation location, String key, String text,
                                                int depth, DecodeBudget budget) {
        if (!text.startsWith("--") || !budget.take(text.length())) {
            return Optional.empty();
        }
        return MultipartBody.split(text).map(split -> {
            List<SplicedLayer.Piece> pieces = new ArrayList<>();
            List<TextSlot> children = new ArrayList<>();
            for (int i = 0; i < split.parts().size(); i++) {
                MultipartBody.Part part = split.parts().get(i);
                String partPath = path + "|multipart[" + i + "]";
                if (!part.headers().isEmpty()) {
                    children.add(TextSlot.plain(partPath + ".headers", location, null,
                            text.substring(part.headers().start(), part.headers().end())));
                    pieces.add(new SplicedLayer.Piece(partPath + ".headers", part.headers().start(),
                            part.headers().end(), AS_IS));
                }
                if (!part.content().isEmpty()) {
                    String content = text.substring(part.content().start(), part.content().end());
                    children.add(part.transferEncoding().equals("quoted-printable")
                            ? quotedPrintable(partPath + ".body", location, part.name(), content, depth + 1, budget)
                            : decode(partPath + ".body", location, part.name(), content, false, depth + 1,
                                    budget));
                    pieces.add(new SplicedLayer.Piece(partPath + ".body", part.content().start(),
                            part.content().end(), AS_IS));
                }
            }
            String boundaryPath = path + "|multipart.boundary";
            children.add(TextSlot.plain(boundaryPath, location, null, text.substring(split.boundaries().get(0).start(),
                    split.boundaries().get(0).end())));
            for (MultipartBody.Span boundary : split.boundaries()) {
                pieces.add(new SplicedLayer.Piece(boundaryPath, boundary.start(), boundary.end(), AS_IS));
            }
            MultipartBody.Span epilogue = split.epilogue();
            if (!text.substring(epilogue.start(), epilogue.end()).isBlank()) {
                String epiloguePath = path + "|multipart.epilogue";
                children.add(decode(epiloguePath, location, null, text.substring(epilogue.start(), epilogue.end()),
                        false, depth + 1, budget));
                pieces.add(new SplicedLayer.Piece(epiloguePath, epilogue.start(), epilogue.end(), AS_IS));
            }
            return new TextSlot(path, location, key, text, false, new SplicedLayer(pieces), children);
        });
    }

    /**
     * A text that reads as quoted-printable wherever it stands, not only in a MIME part that declares it (a mail body
     * pasted into a message, a single-part message in Gmail's {@code raw}, a token cut by a soft line break): it
     * holds a soft line break or several {@code =XX} escapes ({@link QuotedPrintableLayer#looksEncoded}), and
     * decodes to UTF-8. Scanned as written and decoded; before the form layer, which would read {@code token=} at a
     * soft line break as a name and a value.
     */
    private static Optional<TextSlot> quotedPrintableText(String path, FieldLocation location, String key,
                                                          String text, int depth, DecodeBudget budget) {
        if (!QuotedPrintableLayer.looksEncoded(text)) {
            return Optional.empty();
        }
        String decoded = QuotedPrintableLayer.decode(text);
        boolean validUtf8 = decoded.indexOf('\uFFFD') < 0 || text.indexOf('\uFFFD') >= 0;
        if (decoded.equals(text) || !validUtf8 || !budget.take(decoded.length())) {
            return Optional.empty();
        }
        String separator = text.contains("\r\n") ? "\r\n" : "\n";
        return Optional.of(new TextSlot(path, location, key, text, true, new QuotedPrintableLayer(separator),
                List.of(decode(path + QuotedPrintableLayer.SUFFIX, location, key, decoded, false, depth + 1,
                        budget))));
    }

    private static TextSlot quotedPrintable(String path, FieldLocation location, String key, String content,
                                            int depth, DecodeBudget budget) {
        String decoded = QuotedPrintableLayer.decode(content);
        if (decoded.equals(content) || !budget.take(decoded.length())) {
            return decode(path, location, key, content, false, depth, budget);
        }
        String separator = content.contains("\r\n") ? "\r\n" : "\n";
        return new TextSlot(path, location, key, content, false, new QuotedPrintableLayer(separator),
                List.of(decode(path + QuotedPrintableLayer.SUFFIX, location, key, decoded, false, depth + 1,
                        budget)));
    }

    private static Optional<TextSlot> form(String path, FieldLocation location, String key, String text,
                                           boolean formBody, int depth, DecodeBudget budget) {
        int eq = text.indexOf('=');
        if (eq <= 0 || (!formBody && text.indexOf('&') < 0) || !FormShape.matches(text)) {
            return Optional.empty();
        }
        return pairs(path, location, key, text, path + "|form", depth, budget);
    }

    private static Optional<TextSlot> percentEncoded(String path, FieldLocation location, String key, String text,
                                                     int depth, DecodeBudget budget) {
        if (text.indexOf('%') < 0 || containsWhitespace(text) || !PercentCoding.hasEscape(text)) {
            return Optional.empty();
        }
        String decoded = PercentCoding.decode(text, false);
        if (decoded.equals(text) || !budget.take(decoded.length())) {
            return Optional.empty();
        }
        return Optional.of(new TextSlot(path, location, key, text, false, new UrlEncodedLayer(),
                List.of(decode(path + UrlEncodedLayer.SUFFIX, location, key, decoded, false, depth + 1, budget))));
    }

    /**
     * A base64, hex, base32, base85 or uuencoded text as a slot whose child is the decoded text. {@code candidate} is what is
     * decoded, {@code text} the slot's text; {@code scannedRaw}: whether the raw text is scanned in this slot as well.
     */
    private static Optional<TextSlot> binary(String path, FieldLocation location, String key, String candidate,
                                             String text, boolean scannedRaw, int depth, DecodeBudget budget) {
        if (candidate.length() < EncodedText.MIN_LENGTH) {
            return Optional.empty();
        }
        if (Uuencoding.mayBe(candidate)) {
            return EncodedText.uuencoded(candidate).filter(decoded -> budget.take(decoded.text().length()))
                    .map(decoded -> new TextSlot(path, location, key, text, scannedRaw, decoded.layer(),
                            List.of(decode(path + decoded.suffix(), location, key, decoded.text(), false, depth + 1,
                                    budget))));
        }
        return EncodedText.base64(candidate, budget.remaining(), budget::exceed)
                .or(() -> EncodedText.hex(candidate))
                .or(() -> EncodedText.base32(candidate))
                .or(() -> EncodedText.base85(candidate))
                .filter(decoded -> budget.take(decoded.text().length()
                        + (decoded.plain() == null ? 0 : decoded.plain().length())))
                .map(decoded -> new TextSlot(path, location, key, text, scannedRaw, decoded.layer(),
                        decoded.plain() == null
                                ? List.of(decode(path + decoded.suffix(), location, key, decoded.text(), false,
                                        depth + 1, budget))
                                : List.of(decode(path + decoded.suffix(), location, key, decoded.text(), false,
                                        depth + 1, budget), decode(path + Base64Layer.SUFFIX, location, key,
                                        decoded.plain(), false, depth + 1, budget))));
    }

    /**
     * Padded base64 written backwards ({@link ReversedLayer}): a whole value that starts with {@code =}, has no white
     * space, and reads as an encoding once reversed. The text is scanned as written too.
     */
    private static Optional<TextSlot> reversedEncoding(String path, FieldLocation location, String key, String text,
                                                       int depth, DecodeBudget budget) {
        if (text.length() < 16 || text.charAt(0) != '=' || text.charAt(text.length() - 1) == '='
                || containsWhitespace(text)) {
            return Optional.empty();
        }
        String reversed = new StringBuilder(text).reverse().toString();
        TextSlot child = decode(path + ReversedLayer.SUFFIX, location, key, reversed, false, depth + 1, budget);
        if (!(child.layer() instanceof Base64Layer)) {
            return Optional.empty(); // backwards, it is no base64 either: the text as written is all there is
        }
        return Optional.of(new TextSlot(path, location, key, text, true, new ReversedLayer(), List.of(child)));
    }

    /**
     * Hex or unpadded base64 written backwards ({@link ReversedLayer}): a whole value of their characters that reads
     * as no encoding as written (it comes after {@link #binary} among the layers) but as one once reversed. Reversed
     * hex swaps each byte's two digits and reversed base64 scrambles its bits, so what decodes to text only backwards
     * was written backwards. The text is scanned as written too.
     */
    private static Optional<TextSlot> reversedBinary(String path, FieldLocation location, String key, String text,
                                                     int depth, DecodeBudget budget) {
        if (text.length() < EncodedText.MIN_LENGTH || !isBinaryAlphabet(text)) {
            return Optional.empty();
        }
        String reversed = new StringBuilder(text).reverse().toString();
        return binary(path + ReversedLayer.SUFFIX, location, key, reversed, reversed, true, depth + 1, budget)
                .map(child -> new TextSlot(path, location, key, text, true, new ReversedLayer(), List.of(child)));
    }

    /** Letters, digits and the other characters of base64 and its URL-safe form only. */
    private static boolean isBinaryAlphabet(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || (char) ((c | 0x20) - 'a') < 26 || c == '+' || c == '/' || c == '-'
                    || c == '_' || c == '=')) {
                return false;
            }
        }
        return true;
    }

    private static Optional<TextSlot> htmlEntities(String path, FieldLocation location, String key, String text,
                                                   int depth, DecodeBudget budget) {
        if (!HtmlEntities.mayContain(text)) {
            return Optional.empty();
        }
        return wholeText(path, location, key, text, HtmlEntities.decode(text), new HtmlEntityLayer(),
                HtmlEntityLayer.SUFFIX, depth, budget);
    }

    private static Optional<TextSlot> backslashEscapes(String path, FieldLocation location, String key, String text,
                                                       int depth, DecodeBudget budget) {
        if (!BackslashEscapes.mayContain(text)) {
            return Optional.empty();
        }
        return wholeText(path, location, key, text, BackslashEscapes.decode(text), new BackslashEscapeLayer(),
                BackslashEscapeLayer.SUFFIX, depth, budget);
    }

    /** A layer whose one child is the whole text decoded (not scanned as written), when the budget allows it. */
    private static Optional<TextSlot> wholeText(String path, FieldLocation location, String key, String text,
                                                Optional<String> decoded, Layer layer, String suffix, int depth,
                                                DecodeBudget budget) {
        return decoded.filter(d -> budget.take(d.length()))
                .map(d -> new TextSlot(path, location, key, text, false, layer,
                        List.of(decode(path + suffix, location, key, d, false, depth + 1, budget))));
    }

    /**
     * A table with a header row ({@link CsvTable}): the text is scanned as written, and each data cell as a child
     * {@code |csv[<row>][<column>]} filed under its column's header, written back in its place (quoted as needed).
     */
    private static Optional<TextSlot> csv(String path, FieldLocation location, String key, String text, int depth,
                                          DecodeBudget budget) {
        if (!CsvTable.mayBeTable(text)) {
            return Optional.empty();
        }
        return CsvTable.parse(text).filter(table -> budget.take(text.length())).map(table -> {
            List<SplicedLayer.Piece> pieces = new ArrayList<>();
            List<TextSlot> children = new ArrayList<>();
            for (CsvTable.Cell cell : table.cells()) {
                if (cell.text().isEmpty()) {
                    continue;
                }
                String cellPath = path + CSV_SUFFIX + "[" + cell.row() + "][" + cell.column() + "]";
                children.add(decode(cellPath, location, table.header().get(cell.column()), cell.text(), false,
                        depth + 1, budget));
                CsvTable.Quoting quoting = cell.quoting();
                char delimiter = table.delimiter();
                pieces.add(new SplicedLayer.Piece(cellPath, cell.start(), cell.end(),
                        written -> quoting.write(written, delimiter), quoting.offsets(text, cell.start())));
            }
            return new TextSlot(path, location, key, text, true, new SplicedLayer(pieces), children);
        });
    }

    /**
     * Prose with base64 or hex runs or percent-encoded words inside, any text with runs in underscore emphasis ({@link
     * EmphasisRuns}), and any text with a value spelled out in pieces ({@link SpelledRuns}), built from string literals
     * ({@link LiteralJoins}), cut by markup that renders away ({@link MarkupInWords}), e-mail addresses written with
     * {@code [at]} and {@code [dot]} ({@link DisguisedAddresses}), and numbers written digit by digit in words ({@link
     * NumberWords}), in Morse code ({@link MorseRuns}), in groups with separators no recognizer reads ({@link
     * SeparatedDigitGroups}) or with letters for some digits ({@link DigitLookalikes}): the text is scanned as
     * written, each decoded run (an emphasized run without its underscores, a spelled run as the value it spells) as
     * a child.
     */
    private static Optional<TextSlot> encodedRuns(String path, FieldLocation location, String key, String text,
                                                  int depth, DecodeBudget budget) {
        boolean carried = InvisibleCarriers.mayContain(text);
        boolean prose = containsWhitespace(text);
        // a value without white space may still hold an encoding behind a prefix or inside a call (v1:<base64>,
        // bytes.fromhex('…'), <b64url>.sig): its runs are read as a prose text's are
        boolean embedded = !prose && EncodedRuns.mayHoldEmbedded(text);
        boolean emphasized = EmphasisRuns.mayHold(text);
        boolean spelledOut = SpelledRuns.mayHold(text);
        boolean literals = LiteralJoins.mayHold(text);
        boolean markup = MarkupInWords.mayHold(text);
        boolean addresses = DisguisedAddresses.mayHold(text);
        boolean numberWords = NumberWords.mayHold(text);
        boolean separatedDigits = SeparatedDigitGroups.mayHold(text);
        boolean lookalikes = DigitLookalikes.mayHold(text);
        boolean morse = MorseRuns.mayHold(text);
        boolean decorated = DecoratedRuns.mayHold(text, spelledOut);
        boolean phonetic = (prose || text.indexOf('-') >= 0) && PhoneticRuns.mayHold(text);
        boolean listed = prose && ListedCharacters.mayHold(text);
        if (!carried && !prose && !embedded && !emphasized && !spelledOut && !literals && !markup && !addresses
                && !numberWords && !separatedDigits && !lookalikes && !morse && !decorated && !phonetic) {
            return Optional.empty();
        }
        List<SplicedLayer.Piece> pieces = new ArrayList<>();
        TakenSpans taken = new TakenSpans();
        List<TextSlot> children = new ArrayList<>();
        // a character at a time with the same decoration around each (g_h_p_…) is no emphasis
        List<SpelledRuns.Run> decoratedRuns = decorated ? DecoratedRuns.in(text) : List.of();
        TakenSpans decoratedSpans = new TakenSpans();
        decoratedRuns.forEach(run -> decoratedSpans.take(run.start(), run.end()));
        for (InvisibleCarriers.Run run : carried ? InvisibleCarriers.runs(text) : List.<InvisibleCarriers.Run>of()) {
            String runPath = path + RUN_PREFIX + children.size() + "]";
            String raw = text.substring(run.start(), run.end());
            Optional<String> spelled = run.carrier().read(raw).filter(read -> budget.take(read.length()));
            if (spelled.isPresent()) {
                children.add(new TextSlot(runPath, location, key, raw, false, new InvisibleCarrierLayer(run.carrier()),
                        List.of(decode(runPath + run.carrier().suffix(), location, key, spelled.get(), false,
                                depth + 2, budget))));
                pieces.add(new SplicedLayer.Piece(runPath, run.start(), run.end(), AS_IS));
                taken.take(run.start(), run.end());
            }
        }
        for (EmphasisRuns.Run run : emphasized ? EmphasisRuns.in(text) : List.<EmphasisRuns.Run>of()) {
            // the piece holds the run with its two underscores, the child the run without them
            int start = run.start() - 1;
            int end = run.end() + 1;
            if (taken.overlaps(start, end) || decoratedSpans.overlaps(start, end)
                    || !budget.take(run.end() - run.start())) {
                continue; // a run read above already covers it, or underscores decorate each character
            }
            String runPath = path + RUN_PREFIX + children.size() + "]";
            String inner = text.substring(run.start(), run.end());
            children.add(decode(runPath, location, key, inner, false, depth + 1, budget));
            // a value found in the text within the piece (a pattern that takes an underscore in, too) is redacted in
            // the run, so the text around it stays as written
            int length = inner.length();
            pieces.add(new SplicedLayer.Piece(runPath, start, end, redacted -> "_" + redacted + "_",
                    offset -> Math.max(0, Math.min(length, offset - run.start()))));
            taken.take(start, end);
        }
        int signature = embedded ? EncodedRuns.jwtSignatureStart(text) : -1;
        for (EncodedRuns.Run run : prose || embedded ? EncodedRuns.in(text) : List.<EncodedRuns.Run>of()) {
            if (taken.overlaps(run.start(), run.end())) {
                continue; // inside an emphasized run, which is read as a text of its own
            }
            if (signature >= 0 && run.start() >= signature) {
                continue; // a token's signature is bytes: its claims are read, not it
            }
            String runPath = path + RUN_PREFIX + children.size() + "]";
            if (run.percent()) {
                String raw = text.substring(run.start(), run.end());
                percentEncoded(runPath, location, key, raw, depth + 1, budget).ifPresent(slot -> {
                    children.add(slot);
                    pieces.add(new SplicedLayer.Piece(runPath, run.start(), run.end(), AS_IS));
                    taken.take(run.start(), run.end());
                });
                continue;
            }
            // a character too many at either end (a stray letter after base64, an odd hex digit) leaves the rest an
            // encoding: the run without it is tried, and the character stays as written beside the piece
            for (int[] span : EncodedRuns.withoutStrayEnds(text, run.start(), run.end())) {
                String raw = text.substring(span[0], span[1]);
                Optional<TextSlot> decoded = binary(runPath, location, key, raw, raw, false, depth + 1, budget);
                if (decoded.isPresent()) {
                    children.add(decoded.get());
                    pieces.add(new SplicedLayer.Piece(runPath, span[0], span[1], AS_IS));
                    taken.take(span[0], span[1]);
                    break;
                }
            }
        }
        // a list of one character an item first: its bullets and numbers are no pieces of what it spells
        List<SpelledRuns.Run> spelledRuns = new ArrayList<>(listed ? ListedCharacters.in(text) : List.of());
        spelledRuns.addAll(literals ? LiteralJoins.in(text) : List.of());
        spelledRuns.addAll(spelledOut ? SpelledRuns.in(text) : List.of());
        spelledRuns.addAll(markup ? MarkupInWords.in(text) : List.of());
        spelledRuns.addAll(addresses ? DisguisedAddresses.in(text) : List.of());
        // before digit words: a key in the phonetic alphabet holds digit words too, and is read whole
        spelledRuns.addAll(phonetic ? PhoneticRuns.in(text) : List.of());
        spelledRuns.addAll(numberWords ? NumberWords.in(text) : List.of());
        spelledRuns.addAll(separatedDigits ? SeparatedDigitGroups.in(text) : List.of());
        spelledRuns.addAll(lookalikes ? DigitLookalikes.in(text) : List.of());
        spelledRuns.addAll(morse ? MorseRuns.in(text) : List.of());
        spelledRuns.addAll(decoratedRuns);
        for (SpelledRuns.Run run : spelledRuns) {
            if (taken.overlaps(run.start(), run.end()) || !budget.take(run.value().length())) {
                continue; // inside a run read above
            }
            // the child is the value the run spells; a redacted value is written back in place of the whole run
            String runPath = path + RUN_PREFIX + children.size() + "]" + SPELLED_SUFFIX;
            // filed under the words before the run too, so that a context word there counts for the value
            children.add(decode(runPath, location, RunContext.keyOf(key, text, run.start()), run.value(), false,
                    depth + 1, budget));
            String written = text.substring(run.start(), run.end());
            // a value found in the text within the run is redacted in the value (a key's first literal alone)
            pieces.add(new SplicedLayer.Piece(runPath, run.start(), run.end(),
                    redacted -> SpelledRuns.writtenBack(redacted, run, written), run.toValue(), true));
            taken.take(run.start(), run.end());
        }
        return children.isEmpty() ? Optional.empty()
                : Optional.of(new TextSlot(path, location, key, text, true, new SplicedLayer(pieces), children));
    }

    private static Optional<byte[]> base64Bytes(String blob) {
        try {
            return Optional.of(java.util.Base64.getDecoder().decode(blob));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static boolean containsWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
