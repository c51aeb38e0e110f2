package io.interven.gateway.tenancy;

import java.util.List;

/** The agent runtimes of the API reference (docs/api-reference.txt). */
public final class RuntimeTypes {
    public static final List<String> ALL = List.of("langchain", "crewai", "openai_assistants", "openclaw", "custom");

    private RuntimeTypes() {
    }

    public static boolean isKnown(String value) {
        return ALL.contains(value);
    }
}
