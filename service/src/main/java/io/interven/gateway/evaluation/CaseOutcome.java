package io.interven.gateway.evaluation;

import java.util.Set;

/** What the gateway answered for one case, reduced to what is scored. */
public record CaseOutcome(CorpusCase corpusCase, Set<String> classes, Set<String> entityTypes, String toolName,
                          String operation, boolean leaked) {
}
