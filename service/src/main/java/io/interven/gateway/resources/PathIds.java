package io.interven.gateway.resources;

import io.interven.gateway.errors.ApiException;
import java.util.UUID;

/** Parses UUIDs from path segments, answering 400 naming the parameter when one is malformed. */
final class PathIds {
    private PathIds() {
    }

    static UUID uuid(String name, String raw) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField(name, "must be a UUID");
        }
    }
}
