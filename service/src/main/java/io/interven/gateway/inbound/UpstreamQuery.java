package io.interven.gateway.inbound;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * The query of a forwarded call: the caller's, as sent (never decoded and re-encoded: an upstream may sign or compare
 * it), with a route's {@link RouteCredential.Query} credential appended. A parameter of the caller's named like the
 * credential (in any case, any encoding, also after a {@code ;} some servers split on) is dropped, so that a caller
 * can neither put its own value first nor learn which one the upstream reads.
 */
final class UpstreamQuery {

    private UpstreamQuery() {
    }

    /**
     * @param rawQuery the query after {@code ?}, still percent-encoded; null or empty for none
     * @return the query to send, empty for none
     * @throws UpstreamPathRefused for a malformed escape or a raw control character
     */
    static String checked(String rawQuery, RouteCredential credential) throws UpstreamPathRefused {
        String query = rawQuery == null ? "" : PercentCoding.encodeUnsafe(rawQuery, PercentCoding.Place.QUERY);
        if (!(credential instanceof RouteCredential.Query injected)) {
            return query;
        }
        String kept = without(query, injected.name());
        String pair = PercentCoding.encodeComponent(injected.name()) + "="
                + PercentCoding.encodeComponent(injected.value());
        return kept.isEmpty() ? pair : kept + "&" + pair;
    }

    /** The query without the {@code &}-separated parameters named {@code name}, the others exactly as written. */
    private static String without(String query, String name) {
        if (query.isEmpty()) {
            return query;
        }
        StringJoiner kept = new StringJoiner("&");
        for (String parameter : query.split("&", -1)) {
            if (!names(parameter, name)) {
                kept.add(parameter);
            }
        }
        return kept.toString();
    }

    private static boolean names(String parameter, String name) {
        for (String part : parameter.split(";", -1)) {
            int equals = part.indexOf('=');
            String rawName = equals < 0 ? part : part.substring(0, equals);
            String decoded = new String(PercentCoding.decode(rawName.replace('+', ' ')), StandardCharsets.UTF_8);
            if (decoded.trim().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
