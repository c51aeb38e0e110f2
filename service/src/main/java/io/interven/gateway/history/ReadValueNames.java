package io.interven.gateway.history;

/** The names of a READ call as {@code read_values} holds them, cut to their columns' sizes. */
final class ReadValueNames {
    private ReadValueNames() {
    }

    static String tool(String name) {
        return cut(name, 128);
    }

    static String operation(String name) {
        return cut(name, 128);
    }

    static String host(String name) {
        return cut(name, 255);
    }

    private static String cut(String name, int max) {
        return name.length() <= max ? name : name.substring(0, max);
    }
}
