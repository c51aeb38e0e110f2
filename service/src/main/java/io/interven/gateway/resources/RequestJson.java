package io.interven.gateway.resources;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.interven.gateway.errors.ApiException;
import io.interven.gateway.request.BodyPace;
import io.interven.gateway.request.BoundedBody;
import io.interven.gateway.request.Utf8Body;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a request body as exactly one JSON value, bounded by MAX_BODY_BYTES (413 beyond it) and read at a least
 * pace ({@link BodyPace}, 408 below it), rejecting bytes that are not UTF-8 ({@link Utf8Body}), duplicate
 * keys, data after the top-level value and malformed JSON with a 400 naming {@code $} that never echoes the input.
 */
public class RequestJson {
    private final ObjectReader reader;
    private final int maxBodyBytes;
    private final BodyPace pace;

    public RequestJson(ObjectMapper mapper, int maxBodyBytes) {
        this(mapper, maxBodyBytes, BodyPace.NONE);
    }

    public RequestJson(ObjectMapper mapper, int maxBodyBytes, BodyPace pace) {
        this.reader = mapper.reader().with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        this.maxBodyBytes = maxBodyBytes;
        this.pace = pace;
    }

    public JsonNode read(InputStream entity) {
        return read(entity, BoundedBody.LENGTH_NOT_DECLARED);
    }

    /** {@link #read(InputStream)}, the body's array sized by its declared length ({@link BoundedBody}). */
    public JsonNode read(InputStream entity, long declaredLength) {
        byte[] raw = BoundedBody.read(entity, maxBodyBytes, pace, declaredLength);
        if (raw.length == 0) {
            throw ApiException.invalidField("$", "request body is empty; a JSON object is required");
        }
        int malformed = Utf8Body.firstMalformedByte(raw);
        if (malformed != Utf8Body.WELL_FORMED) {
            throw ApiException.invalidField("$", "request body is not valid UTF-8 (byte " + malformed + ")");
        }
        try {
            return reader.readTree(raw);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")";
            throw ApiException.invalidField("$", problem(e) + where);
        } catch (IOException e) {
            throw ApiException.invalidField("$", "request body could not be read");
        }
    }

    /** What is wrong, in words that never quote the input. */
    private static String problem(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (message.startsWith("Duplicate field")) {
            return "has a duplicate key";
        }
        if (message.startsWith("Trailing token")) {
            return "has data after the top-level JSON value";
        }
        return "request body is not valid JSON";
    }

    /** The request body's bytes, bounded by {@code MAX_BODY_BYTES} (413 beyond) and read at the least pace. */
    public byte[] readBytes(InputStream entity) {
        return BoundedBody.read(entity, maxBodyBytes, pace);
    }

    public int maxBodyBytes() {
        return maxBodyBytes;
    }
}
