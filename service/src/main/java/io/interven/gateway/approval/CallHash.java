package io.interven.gateway.approval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.interven.gateway.core.CallInput;
import io.interven.gateway.core.fields.CallSlots;
import io.interven.spi.FieldLocation;
import io.interven.spi.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The canonical identity of a call that an approval is bound to: SHA-256 over tenant, environment, agent, method,
 * the {@link CanonicalUrl normalized URL}, every header except the {@link VolatileHeaders volatile} ones (names
 * without case, values exact), the body with object keys sorted (key order does not matter, any change of content
 * does), and the data findings of the scan (entity type, place and span). A volatile header in which something was
 * found counts like any other, and a finding the approved call did not have makes another call, even where the
 * content is equal (a detector that learned a new rule).
 */
public final class CallHash {
    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private CallHash() {
    }

    public static String of(CallInput call, List<Finding> findings) {
        List<Object> canonical = Arrays.asList("call-v2", call.tenantId().toString(), call.envName(),
                call.agent().agentId(), call.method(), CanonicalUrl.of(call.url()), headers(call, findings),
                body(call), findings(findings));
        try {
            byte[] text = CANONICAL.writeValueAsBytes(canonical);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("call could not be canonicalized", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** [lower-case name, value] pairs in order, without the volatile headers in which nothing was found. */
    private static List<List<String>> headers(CallInput call, List<Finding> findings) {
        List<List<String>> headers = new ArrayList<>();
        call.headers().forEach((name, value) -> {
            if (!VolatileHeaders.isVolatile(name) || carriesFinding(name, findings)) {
                headers.add(List.of(name.toLowerCase(Locale.ROOT), value));
            }
        });
        headers.sort(Comparator.<List<String>, String>comparing(h -> h.get(0)).thenComparing(h -> h.get(1)));
        return headers;
    }

    private static boolean carriesFinding(String header, List<Finding> findings) {
        String prefix = CallSlots.HEADER_PATH_PREFIX.toLowerCase(Locale.ROOT) + header.toLowerCase(Locale.ROOT);
        return findings.stream().filter(f -> f.location() == FieldLocation.HEADER)
                .map(f -> f.path().toLowerCase(Locale.ROOT))
                .anyMatch(path -> path.equals(prefix) || path.startsWith(prefix + "|")
                        || path.startsWith(prefix + "."));
    }

    private static Object body(CallInput call) {
        return call.body() == null ? null : CANONICAL.convertValue(call.body(), Object.class);
    }

    /** [entity type, location, path, start, end] of every finding, sorted; header names in paths without case. */
    private static List<List<String>> findings(List<Finding> findings) {
        List<List<String>> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            String path = f.location() == FieldLocation.HEADER ? f.path().toLowerCase(Locale.ROOT) : f.path();
            out.add(List.of(f.entityType(), f.location().name(), path, Integer.toString(f.start()),
                    Integer.toString(f.end())));
        }
        out.sort(Comparator.comparing(List::toString));
        return out;
    }
}
