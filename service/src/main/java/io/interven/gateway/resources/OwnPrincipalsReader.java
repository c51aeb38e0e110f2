package io.interven.gateway.resources;

import com.fasterxml.jackson.databind.JsonNode;
import io.interven.gateway.request.RequestReader;
import io.interven.gateway.tenancy.OwnPrincipalKinds;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code own_principals} of a settings change: an object naming the lists it replaces
 * ({@code {"email_domains": [...], "github_orgs": [...], ...}}), each a list of at most
 * {@link OwnPrincipalKinds#MAX_VALUES} texts, or null for an empty list; {@code own_principals: null} empties every
 * list. Each value is normalized ({@link OwnPrincipalKinds}); duplicates after normalizing count once. Every bad
 * value is reported by its place ({@code own_principals.email_domains[2]}).
 */
final class OwnPrincipalsReader {
    static final String FIELD = "own_principals";

    private OwnPrincipalsReader() {
    }

    /** The lists the change replaces, each normalized; empty when the field is absent or has problems. */
    static Map<String, List<String>> read(RequestReader in) {
        JsonNode node = in.node(FIELD);
        Map<String, List<String>> lists = new LinkedHashMap<>();
        if (node == null) {
            return lists;
        }
        if (node.isNull()) {
            OwnPrincipalKinds.SETTINGS.forEach(kind -> lists.put(kind, List.of()));
            return lists;
        }
        if (!node.isObject()) {
            in.problem(FIELD, "must be an object of lists (" + String.join(", ", OwnPrincipalKinds.SETTINGS) + ")");
            return lists;
        }
        for (Iterator<Map.Entry<String, JsonNode>> members = node.fields(); members.hasNext(); ) {
            Map.Entry<String, JsonNode> member = members.next();
            String kind = member.getKey();
            String field = FIELD + "." + kind;
            if (!OwnPrincipalKinds.SETTINGS.contains(kind)) {
                in.problem(field, "is not a kind of own principal (known: "
                        + String.join(", ", OwnPrincipalKinds.SETTINGS) + ")");
                continue;
            }
            list(in, field, kind, member.getValue()).ifPresent(values -> lists.put(kind, values));
        }
        return lists;
    }

    private static Optional<List<String>> list(RequestReader in, String field, String kind, JsonNode node) {
        if (node.isNull()) {
            return Optional.of(List.of());
        }
        if (!node.isArray()) {
            in.problem(field, "must be a list of texts");
            return Optional.empty();
        }
        if (node.size() > OwnPrincipalKinds.MAX_VALUES) {
            in.problem(field, "must have at most " + OwnPrincipalKinds.MAX_VALUES + " values");
            return Optional.empty();
        }
        Set<String> values = new LinkedHashSet<>();
        boolean valid = true;
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            String place = field + "[" + i + "]";
            if (!item.isTextual()) {
                in.problem(place, "must be a text");
                valid = false;
                continue;
            }
            String problem = OwnPrincipalKinds.problem(kind, item.asText());
            if (problem != null) {
                in.problem(place, problem);
                valid = false;
                continue;
            }
            values.add(OwnPrincipalKinds.normalize(kind, item.asText()));
        }
        return valid ? Optional.of(new ArrayList<>(values)) : Optional.empty();
    }
}
