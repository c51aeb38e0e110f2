package io.interven.gateway.core.fields;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interven.gateway.core.JsonPaths;
import io.interven.gateway.core.JsonTextWalker;
import io.interven.spi.FieldLocation;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a text into a {@link TextSlot}, recognizing the encodings agents wrap payloads in: JSON in a string,
 * {@code name=value&...} forms, percent-encoding, base64 / base64url of text, and Basic auth. Layers nest up to
 * {@link DecodeBudget#MAX_DEPTH}; decoding stops when the call's budget is spent.
 */
public final class LayerDecoder {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern FORM = Pattern.compile(
            "[A-Za-z0-9_.\\-\\[\\]%~]+(=[^&\\s]*)?(&[A-Za-z0-9_.\\-\\[\\]%~]+(=[^&\\s]*)?)*");
    private static final Pattern PERCENT = Pattern.compile("%[0-9A-Fa-f]{2}");
    private static final Pattern BASIC = Pattern.compile("(?i)(basic)\\s+([A-Za-z0-9+/]+={0,2})");
    private static final int MIN_BASE64_LENGTH = 24;
    private static final double MIN_PRINTABLE_SHARE = 0.9;

    private LayerDecoder() {
    }

    /** A slot for {@code text}, with its layers decoded. {@code formBody}: the text is a form-encoded body. */
    public static TextSlot decode(String path, FieldLocation location, String key, String text, boolean formBody,
                                  int depth, DecodeBudget budget) {
        if (depth >= DecodeBudget.MAX_DEPTH || text.length() < 2) {
            return TextSlot.plain(path, location, key, text);
        }
        return json(path, location, key, text, depth, budget)
                .or(() -> basicAuth(path, location, key, text, depth, budget))
                .or(() -> form(path, location, key, text, formBody, depth, budget))
                .or(() -> percentEncoded(path, location, key, text, depth, budget))
                .or(() -> base64(path, location, key, text, depth, budget))
                .orElseGet(() -> TextSlot.plain(path, location, key, text));
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
                slots.add(TextSlot.plain(keyPath, location, key, key));
                return Optional.empty();
            }
        });
        return slots;
    }

    /** The pairs of a query string or form as a layer; child paths are {@code <prefix>.<name>}. */
    public static Optional<PairsLayerSlots> pairs(String text, String childPrefix, FieldLocation location, int depth,
                                                 DecodeBudget budget) {
        List<PairsLayer.RawPair> pairs = new ArrayList<>();
        List<TextSlot> children = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (String part : text.split("&", -1)) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            String rawName = eq < 0 ? part : part.substring(0, eq);
            String rawValue = eq < 0 ? "" : part.substring(eq + 1);
            String name = urlDecode(rawName).orElse(rawName);
            int n = seen.merge(name, 1, Integer::sum);
            String valuePath = JsonPaths.child(childPrefix, name) + (n > 1 ? "[" + (n - 1) + "]" : "");
            pairs.add(new PairsLayer.RawPair(rawName, rawValue, eq >= 0, valuePath));
            String value = urlDecode(rawValue).orElse(rawValue);
            if (!value.isEmpty() && budget.take(value.length())) {
                children.add(decode(valuePath, location, name, value, false, depth + 1, budget));
            }
        }
        return pairs.isEmpty() ? Optional.empty() : Optional.of(new PairsLayerSlots(pairs, children));
    }

    /** The pairs read out of a text and the slots of their values. */
    public record PairsLayerSlots(List<PairsLayer.RawPair> pairs, List<TextSlot> children) {
    }

    private static Optional<TextSlot> json(String path, FieldLocation location, String key, String text, int depth,
                                           DecodeBudget budget) {
        String trimmed = text.strip();
        char first = trimmed.isEmpty() ? ' ' : trimmed.charAt(0);
        if ((first != '{' && first != '[') || !budget.take(text.length())) {
            return Optional.empty();
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(trimmed);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
        if (tree == null || !(tree.isObject() || tree.isArray())) {
            return Optional.empty();
        }
        List<TextSlot> children = slotsOfJson(tree, path + JsonLayer.SUFFIX, location, depth + 1, budget);
        return Optional.of(new TextSlot(path, location, key, text, false, new JsonLayer(tree), children));
    }

    private static Optional<TextSlot> basicAuth(String path, FieldLocation location, String key, String text,
                                                int depth, DecodeBudget budget) {
        if (location != FieldLocation.HEADER) {
            return Optional.empty();
        }
        Matcher m = BASIC.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return utf8(m.group(2), false).filter(decoded -> decoded.indexOf(':') > 0)
                .filter(decoded -> budget.take(decoded.length()))
                .map(decoded -> new TextSlot(path, location, key, text, true, new BasicAuthLayer(m.group(1)),
                        List.of(TextSlot.plain(path + BasicAuthLayer.SUFFIX, location, key, decoded))));
    }

    private static Optional<TextSlot> form(String path, FieldLocation location, String key, String text,
                                           boolean formBody, int depth, DecodeBudget budget) {
        int eq = text.indexOf('=');
        if (eq <= 0 || (!formBody && text.indexOf('&') < 0) || containsWhitespace(text)
                || !FORM.matcher(text).matches()) {
            return Optional.empty();
        }
        String prefix = path + "|form";
        return pairs(text, prefix, location, depth, budget).map(p -> new TextSlot(path, location, key, text, false,
                new PairsLayer("|form", p.pairs()), p.children()));
    }

    private static Optional<TextSlot> percentEncoded(String path, FieldLocation location, String key, String text,
                                                     int depth, DecodeBudget budget) {
        if (text.indexOf('%') < 0 || containsWhitespace(text) || !PERCENT.matcher(text).find()) {
            return Optional.empty();
        }
        return urlDecode(text).filter(decoded -> !decoded.equals(text))
                .filter(decoded -> budget.take(decoded.length()))
                .map(decoded -> new TextSlot(path, location, key, text, false, new UrlEncodedLayer(),
                        List.of(decode(path + UrlEncodedLayer.SUFFIX, location, key, decoded, false, depth + 1,
                                budget))));
    }

    private static Optional<TextSlot> base64(String path, FieldLocation location, String key, String text,
                                             int depth, DecodeBudget budget) {
        String candidate = text.strip();
        if (candidate.length() < MIN_BASE64_LENGTH) {
            return Optional.empty();
        }
        int alphabet = base64Alphabet(candidate);
        if (alphabet == NOT_BASE64) {
            return Optional.empty();
        }
        boolean urlSafe = alphabet == URL_SAFE;
        boolean padded = candidate.endsWith("=");
        return utf8(candidate, urlSafe).filter(LayerDecoder::mostlyPrintable)
                .filter(decoded -> budget.take(decoded.length()))
                .map(decoded -> new TextSlot(path, location, key, text, true, new Base64Layer(urlSafe, padded),
                        List.of(decode(path + Base64Layer.SUFFIX, location, key, decoded, false, depth + 1,
                                budget))));
    }

    private static final int NOT_BASE64 = 0;
    private static final int STANDARD = 1;
    private static final int URL_SAFE = 2;

    /** Which base64 alphabet the text is written in (padding only at the end), without a regex. */
    private static int base64Alphabet(String text) {
        boolean standardOnly = false;
        boolean urlOnly = false;
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '=' && text.length() - end < 2) {
            end--;
        }
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                continue;
            }
            if (c == '+' || c == '/') {
                standardOnly = true;
            } else if (c == '-' || c == '_') {
                urlOnly = true;
            } else {
                return NOT_BASE64;
            }
        }
        if ((standardOnly && urlOnly) || isHexOrUuid(text, end)) {
            return NOT_BASE64;
        }
        return urlOnly ? URL_SAFE : STANDARD;
    }

    /** Hashes and UUIDs use the base64 alphabet but are never base64 of text. */
    private static boolean isHexOrUuid(String text, int end) {
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static Optional<String> utf8(String base64, boolean urlSafe) {
        try {
            byte[] bytes = (urlSafe ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(base64);
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (IllegalArgumentException | CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean mostlyPrintable(String text) {
        if (text.isEmpty()) {
            return false;
        }
        long printable = text.chars().filter(c -> c == '\n' || c == '\r' || c == '\t'
                || (c >= 0x20 && c != 0x7f && !Character.isISOControl(c))).count();
        return printable >= MIN_PRINTABLE_SHARE * text.length();
    }

    private static Optional<String> urlDecode(String text) {
        try {
            return Optional.of(URLDecoder.decode(text, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean containsWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
