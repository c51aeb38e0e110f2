package io.interven.gateway.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Per-class and per-entity-type precision and recall over a corpus, tool accuracy, and leaks. */
public final class EvaluationReport {
    private final Map<String, PrecisionRecall> byClass = new TreeMap<>();
    private final Map<String, PrecisionRecall> byEntityType = new TreeMap<>();
    private final List<String> leakedCases = new ArrayList<>();
    private final List<String> toolMisses = new ArrayList<>();
    private int cases;
    private int toolScored;

    void add(CaseOutcome outcome) {
        cases++;
        CorpusCase c = outcome.corpusCase();
        for (String dataClass : union(c.expectedClasses(), outcome.classes(), List.of("SECRETS", "PII"))) {
            byClass.computeIfAbsent(dataClass, k -> new PrecisionRecall())
                    .add(c.expectedClasses().contains(dataClass), outcome.classes().contains(dataClass));
        }
        List<String> expectedTypes = new ArrayList<>(
                c.entities().stream().map(CorpusCase.ExpectedEntity::type).distinct().toList());
        // a tolerated type found counts as found right; one not found is not missed
        c.toleratedTypes().stream().filter(outcome.entityTypes()::contains)
                .filter(type -> !expectedTypes.contains(type)).forEach(expectedTypes::add);
        for (String type : union(expectedTypes, outcome.entityTypes(), List.of())) {
            byEntityType.computeIfAbsent(type, k -> new PrecisionRecall())
                    .add(expectedTypes.contains(type), outcome.entityTypes().contains(type));
        }
        if (outcome.leaked()) {
            leakedCases.add(c.id());
        }
        if (c.toolScored()) {
            toolScored++;
            if (!c.tool().equals(outcome.toolName()) || !c.operation().equals(outcome.operation())) {
                toolMisses.add(c.id() + " (" + outcome.toolName() + "/" + outcome.operation() + ")");
            }
        }
    }

    private static List<String> union(java.util.Collection<String> a, java.util.Collection<String> b,
                                      List<String> always) {
        java.util.Set<String> all = new java.util.TreeSet<>(always);
        all.addAll(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    public int cases() {
        return cases;
    }

    public PrecisionRecall forClass(String dataClass) {
        return byClass.getOrDefault(dataClass, new PrecisionRecall());
    }

    public PrecisionRecall forEntityType(String type) {
        return byEntityType.getOrDefault(type, new PrecisionRecall());
    }

    public List<String> leakedCases() {
        return List.copyOf(leakedCases);
    }

    public List<String> toolMisses() {
        return List.copyOf(toolMisses);
    }

    public int toolScored() {
        return toolScored;
    }

    /** The report as printed by {@code evaluate}: no value of the corpus appears in it. */
    public String format() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "cases: %d%n%n", cases));
        out.append(String.format(Locale.ROOT, "%-28s %9s %7s %5s %5s %5s%n", "class", "precision", "recall", "tp",
                "fp", "fn"));
        byClass.forEach((name, pr) -> out.append(line(name, pr)));
        out.append(String.format(Locale.ROOT, "%n%-28s %9s %7s %5s %5s %5s%n", "entity type (case level)",
                "precision", "recall", "tp", "fp", "fn"));
        byEntityType.forEach((name, pr) -> out.append(line(name, pr)));
        out.append(String.format(Locale.ROOT, "%ntools: %d of %d scored cases recognized%n",
                toolScored - toolMisses.size(), toolScored));
        toolMisses.stream().limit(20).forEach(miss -> out.append("  tool miss ").append(miss).append('\n'));
        out.append(String.format(Locale.ROOT, "leaks (an expected value left in a SANITIZE answer): %d%n",
                leakedCases.size()));
        leakedCases.stream().limit(20).forEach(id -> out.append("  leak in ").append(id).append('\n'));
        return out.toString();
    }

    private static String line(String name, PrecisionRecall pr) {
        return String.format(Locale.ROOT, "%-28s %9.4f %7.4f %5d %5d %5d%n", name, pr.precision(), pr.recall(),
                pr.truePositives(), pr.falsePositives(), pr.falseNegatives());
    }
}
