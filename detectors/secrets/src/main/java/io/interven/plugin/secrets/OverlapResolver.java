package io.interven.plugin.secrets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * When several rules report the same secret, keeps the most specific report: a match is dropped when its span lies
 * within the span of a more confident match (ties: the longer span, then the earlier rule). Matches that only
 * partly overlap are both kept, so that a sanitizer redacting every kept span misses nothing.
 */
final class OverlapResolver {
    private static final Comparator<SecretMatch> MOST_SPECIFIC_FIRST = Comparator
            .comparingDouble(SecretMatch::confidence).reversed()
            .thenComparing(Comparator.comparingInt(SecretMatch::length).reversed());

    private OverlapResolver() {
    }

    static List<SecretMatch> resolve(List<SecretMatch> matches) {
        if (matches.size() < 2) {
            return matches;
        }
        List<SecretMatch> ordered = new ArrayList<>(matches);
        ordered.sort(MOST_SPECIFIC_FIRST);
        List<SecretMatch> kept = new ArrayList<>();
        for (SecretMatch candidate : ordered) {
            if (kept.stream().noneMatch(candidate::liesWithin)) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(SecretMatch::start));
        return kept;
    }
}
