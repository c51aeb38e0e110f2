package io.interven.plugin.secrets;

import java.util.List;

/**
 * A text rule written in Java rather than as data (assignments, Basic credentials): its id, keywords and the longest
 * text one match can span are fixed when it is built.
 */
abstract class JavaTextRule implements TextSecretRule {
    private final String id;
    private final List<String> keywords;
    private final int maxLength;

    JavaTextRule(String id, List<String> keywords, int maxLength) {
        this.id = id;
        this.keywords = List.copyOf(keywords);
        this.maxLength = maxLength;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final List<String> keywords() {
        return keywords;
    }

    @Override
    public final int maxLength() {
        return maxLength;
    }
}
