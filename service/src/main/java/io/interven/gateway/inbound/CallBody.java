package io.interven.gateway.inbound;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import io.interven.gateway.errors.ApiException;
import io.interven.gateway.errors.ErrorCode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A proxied request's body in both the forms the proxy needs: the scan's (a JSON tree when the body is JSON, else its
 * text) and, once decided, the bytes to forward (the body as received for ALLOW, the sanitized tree written back in
 * the body's own form for SANITIZE). A body that is not UTF-8 text cannot be inspected, so it is refused (415)
 * rather than forwarded unseen.
 */
final class CallBody {
    private final byte[] raw;
    private final JsonNode scanned;
    private final boolean json;

    private CallBody(byte[] raw, JsonNode scanned, boolean json) {
        this.raw = raw;
        this.scanned = scanned;
        this.json = json;
    }

    /**
     * @param contentType the request's {@code Content-Type}; null when absent
     * @throws ApiException 415 when the body is not UTF-8 text, or is declared JSON and is not
     */
    static CallBody of(byte[] raw, String contentType, ObjectMapper mapper) {
        if (raw.length == 0) {
            return new CallBody(raw, null, false);
        }
        String text = utf8(raw);
        boolean declaredJson = contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json");
        if (declaredJson) {
            try {
                return new CallBody(raw, mapper.readTree(withoutByteOrderMark(text)), true);
            } catch (IOException e) {
                throw new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                        "the body is declared JSON and is not valid JSON; it was not forwarded");
            }
        }
        return new CallBody(raw, TextNode.valueOf(text), false);
    }

    /** What the scan reads: a JSON tree, a text, or null for no body. */
    JsonNode scanned() {
        return scanned;
    }

    /** The body as received, byte for byte. */
    byte[] raw() {
        return raw;
    }

    /** The bytes of the scan's sanitized body, in the body's own form (JSON written compactly, or the text). */
    byte[] sanitized(JsonNode sanitizedBody, ObjectMapper mapper) {
        if (sanitizedBody == null || sanitizedBody.isNull()) {
            return new byte[0];
        }
        if (!json && sanitizedBody.isTextual()) {
            return sanitizedBody.asText().getBytes(StandardCharsets.UTF_8);
        }
        try {
            return mapper.writeValueAsBytes(sanitizedBody);
        } catch (IOException e) {
            throw new IllegalStateException("the sanitized body could not be written", e);
        }
    }

    /**
     * The JSON is read from the UTF-8 text, never from the bytes: from bytes Jackson guesses the encoding, and would
     * read a body of UTF-16 or UTF-32 (valid UTF-8 too, its NULs included) as other text than the UTF-8 it is.
     */
    private static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String utf8(byte[] raw) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException e) {
            throw new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                    "the body is not UTF-8 text, so it cannot be inspected; it was not forwarded");
        }
    }
}
