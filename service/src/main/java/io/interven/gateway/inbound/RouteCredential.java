package io.interven.gateway.inbound;

/**
 * The credential an inbound route injects into each forwarded request. {@link #toString()} never shows a secret.
 */
public sealed interface RouteCredential {

    /** The kind, as the admin API names it: {@code header}, {@code basic}, {@code bearer} or {@code query}. */
    String type();

    /** A header {@code name: value} (an API key header such as {@code X-Api-Key}). */
    record Header(String name, String value) implements RouteCredential {
        public String type() {
            return "header";
        }

        @Override
        public String toString() {
            return "Header[" + name + "]";
        }
    }

    /** {@code Authorization: Basic base64(username:password)}. */
    record Basic(String username, String password) implements RouteCredential {
        public String type() {
            return "basic";
        }

        @Override
        public String toString() {
            return "Basic[***]";
        }
    }

    /** {@code Authorization: Bearer token}. */
    record Bearer(String token) implements RouteCredential {
        public String type() {
            return "bearer";
        }

        @Override
        public String toString() {
            return "Bearer[***]";
        }
    }

    /** A query parameter {@code name=value} added to the upstream URL. */
    record Query(String name, String value) implements RouteCredential {
        public String type() {
            return "query";
        }

        @Override
        public String toString() {
            return "Query[" + name + "]";
        }
    }
}
