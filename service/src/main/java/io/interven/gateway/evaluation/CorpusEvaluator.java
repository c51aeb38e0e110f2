package io.interven.gateway.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import io.interven.gateway.api.ScanRequest;
import io.interven.gateway.api.ScanRequestParser;
import io.interven.gateway.core.CallInput;
import io.interven.gateway.core.ScanOutcome;
import io.interven.gateway.core.ScanPipeline;
import io.interven.gateway.policy.Decision;
import io.interven.spi.AgentRef;
import io.interven.spi.Finding;
import io.interven.spi.Principal;
import io.interven.spi.PrincipalKinds;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Runs labelled cases through the real scan pipeline (the plugins as loaded, the built-in default policy) and
 * scores the answers as corpus/README.md describes.
 */
public class CorpusEvaluator {
    private final ScanPipeline pipeline;
    private final UUID tenant = UUID.randomUUID();
    private final AgentRef agent = new AgentRef(UUID.randomUUID().toString(), "evaluation", "custom");

    public CorpusEvaluator(ScanPipeline pipeline) {
        this.pipeline = pipeline;
    }

    public EvaluationReport evaluate(List<CorpusCase> cases) {
        EvaluationReport report = new EvaluationReport();
        for (CorpusCase c : cases) {
            report.add(outcomeOf(c));
        }
        return report;
    }

    CaseOutcome outcomeOf(CorpusCase c) {
        ScanRequest request = ScanRequestParser.parse(c.request());
        CallInput input = new CallInput(tenant, "production", "evaluation", request.method(), request.url(),
                request.headers(), request.body(), request.bodyBytes(), agent);
        ScanOutcome outcome = pipeline.scan(input);
        Set<String> types = outcome.findings().stream().map(Finding::entityType).collect(Collectors.toSet());
        return new CaseOutcome(c, claimedClasses(c, outcome), types, outcome.tool().toolName(),
                outcome.tool().operation(), leaked(c, request, outcome));
    }

    /**
     * The classes of the answer, without a class that only findings of tolerated types ({@link
     * CorpusCase#toleratedTypes()}) gave it: a labelled name found is not a false positive.
     */
    static Set<String> claimedClasses(CorpusCase c, ScanOutcome outcome) {
        Set<String> classes = new HashSet<>(outcome.classifications());
        if (c.toleratedTypes().isEmpty()) {
            return classes;
        }
        classes.removeIf(dataClass -> outcome.findings().stream()
                .filter(f -> dataClass.equals(f.dataClass()))
                .allMatch(f -> c.toleratedTypes().contains(f.entityType()))
                && outcome.findings().stream().anyMatch(f -> dataClass.equals(f.dataClass())));
        return classes;
    }

    /**
     * A SANITIZE answer whose forwarded call (sanitized body, and the sanitized URL and headers, or the original
     * ones where nothing in them was redacted) still holds an expected value verbatim. A value that is one of the
     * call's principals (a recipient's address) is meant to stay, and is not a leak.
     */
    static boolean leaked(CorpusCase c, ScanRequest request, ScanOutcome outcome) {
        if (outcome.decision() != Decision.SANITIZE || outcome.sanitized() == null) {
            return false;
        }
        JsonNode body = outcome.sanitized().body();
        String url = outcome.sanitized().url() != null ? outcome.sanitized().url() : request.url();
        Object headers = outcome.sanitized().headers() != null ? outcome.sanitized().headers() : request.headers();
        String forwarded = (body == null ? "" : body.isTextual() ? body.asText() : body.toString()) + "\n" + url
                + "\n" + headers;
        return c.entities().stream().map(CorpusCase.ExpectedEntity::value)
                .filter(value -> value.length() >= 4)
                .filter(value -> !isPrincipal(value, outcome.tool().principals()))
                .anyMatch(forwarded::contains);
    }

    private static boolean isPrincipal(String value, List<Principal> principals) {
        String text = value.strip().toLowerCase(Locale.ROOT);
        String digits = text.replaceAll("[^0-9]", "");
        return principals.stream().anyMatch(p -> p.value().equals(text)
                || p.kind().startsWith(PrincipalKinds.PHONE) && !digits.isEmpty()
                && p.value().replaceAll("[^0-9]", "").equals(digits));
    }
}
