package io.interven.plugin.tools;

import java.util.function.Supplier;

/** The body text, produced once however often it is asked for (GraphQL classification and principals both read it). */
final class OnceText implements Supplier<String> {
    private final Supplier<String> source;
    private String text;

    OnceText(Supplier<String> source) {
        this.source = source;
    }

    @Override
    public String get() {
        if (text == null) {
            String produced = source.get();
            text = produced == null ? "" : produced;
        }
        return text;
    }
}
