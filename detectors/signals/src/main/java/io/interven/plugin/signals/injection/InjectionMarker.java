package io.interven.plugin.signals.injection;

import java.util.List;

/**
 * One prompt-injection marker of {@code injection-markers.yaml}.
 *
 * @param id        stable id, shown in the signal's detail
 * @param language  ISO 639-1 code of the phrases
 * @param sequences every word sequence the phrases expand to
 * @param matches   example texts the marker must find
 * @param noMatches example texts it must not find
 */
record InjectionMarker(String id, String language, List<List<String>> sequences, List<String> matches,
                       List<String> noMatches) {
}
