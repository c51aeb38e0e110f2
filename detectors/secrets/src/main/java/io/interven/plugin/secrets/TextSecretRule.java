package io.interven.plugin.secrets;

import java.util.List;

/**
 * A rule that finds secrets in free text, gated by keywords: the scanner runs {@link #findIn} only when one of
 * {@link #keywords()} occurs in the (lower-cased) text. Implementations are immutable and thread-safe.
 */
interface TextSecretRule {

    String id();

    /** Lower-case literals; at least one. */
    List<String> keywords();

    /** Every secret of this rule in {@code text}, with spans relative to {@code text}. */
    List<SecretMatch> findIn(String text);
}
