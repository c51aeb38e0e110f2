package io.interven.gateway.core;

import io.interven.spi.DataClasses;
import io.interven.spi.Finding;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** The data classes of findings, deduplicated, SECRETS first, then PII, then plugin classes alphabetically. */
final class DataClassOrder {
    private static final Comparator<String> ORDER = Comparator
            .comparingInt((String c) -> switch (c) {
                case DataClasses.SECRETS -> 0;
                case DataClasses.PII -> 1;
                default -> 2;
            })
            .thenComparing(Comparator.naturalOrder());

    private DataClassOrder() {
    }

    static List<String> classesOf(Collection<Finding> findings) {
        if (findings.isEmpty()) {
            return List.of();
        }
        return findings.stream().map(Finding::dataClass).distinct().sorted(ORDER).toList();
    }
}
