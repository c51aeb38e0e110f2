package io.interven.gateway.db;

import io.interven.gateway.testing.MigratedDatabase;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interven.gateway.core.CallInput;
import io.interven.gateway.core.FailedScan;
import io.interven.gateway.core.ScanOutcome;
import io.interven.gateway.core.ScanPipeline;
import io.interven.gateway.policy.ActivePolicies;
import io.interven.gateway.policy.BuiltinDefaultPolicy;
import io.interven.gateway.policy.Decision;
import io.interven.gateway.policy.GatewayReasonCodes;
import io.interven.gateway.policy.Policy;
import io.interven.gateway.policy.PolicyEngine;
import io.interven.gateway.policy.PolicyInput;
import io.interven.gateway.policy.PolicyInputDocument;
import io.interven.gateway.policy.PolicyVerdict;
import io.interven.gateway.policy.RecordedCall;
import io.interven.gateway.policy.RiskBand;
import io.interven.gateway.testing.BuiltinPipeline;
import io.interven.gateway.trace.RecordedCalls;
import io.interven.gateway.trace.TraceDao;
import io.interven.gateway.trace.TraceRecord;
import io.interven.gateway.trace.TraceRecordFactory;
import io.interven.gateway.trace.TraceWriter;
import io.interven.spi.AgentRef;
import io.interven.spi.Verb;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The policy input stored with a trace is the one the engine evaluated, on each kind of database: for a spread of
 * calls (secrets, PII, a signal, unknown and known tools, every verb, a failed scan, found values in the URL path
 * and the agent's name), the real pipeline with the built-in plugins decides, the trace is written by the trace
 * writer and read back by simulation's reader, and the input read back equals, as a record, what the engine saw
 * (with the values the scan found hidden, where the call's texts carried them), and decides the same again.
 * A trace without a document (written before it was stored) is rebuilt from its columns.
 */
abstract class StoredPolicyInputContract {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EMAIL = "jane.doe@example.com";
    private static final String GITHUB_TOKEN = "ghp_" + "R8bY2kqN5tLw3xZ9mC4vF7hJ1sD6gA2IHz84";
    private static final String CARD = "4111111111111111";

    /** The engine as the pipeline uses it, remembering the last input it decided on. */
    private static final class RecordingEngine extends PolicyEngine {
        PolicyInput evaluated;

        RecordingEngine() {
            super(BuiltinDefaultPolicy.create());
        }

        @Override
        public PolicyVerdict decide(ActivePolicies policies, PolicyInput call) {
            evaluated = call;
            return super.decide(policies, call);
        }
    }

    /** One scanned call: what the pipeline answered and what the engine evaluated. */
    private record Scanned(String name, CallInput input, ScanOutcome outcome, PolicyInput evaluated) {
    }

    private MigratedDatabase database;
    private UUID tenant;
    private final RecordingEngine engine = new RecordingEngine();
    private final ScanPipeline pipeline = BuiltinPipeline.decidingWith(engine);

    abstract String database();

    @BeforeEach
    void migrate() {
        database = new MigratedDatabase(database());
        tenant = UUID.randomUUID();
    }

    @AfterEach
    void close() throws Exception {
        database.close();
    }

    private CallInput call(String method, String url, Map<String, String> headers, String body, AgentRef agent) {
        JsonNode json = null;
        try {
            json = body == null ? null : JSON.readTree(body);
        } catch (Exception e) {
            throw new IllegalArgumentException(body, e);
        }
        return new CallInput(tenant, "production", "salt", method, url, headers, json,
                body == null ? 0 : body.getBytes(StandardCharsets.UTF_8).length, agent);
    }

    private static AgentRef agent(String name, String runtimeType) {
        return new AgentRef(UUID.randomUUID().toString(), name, runtimeType);
    }

    private Scanned scan(String name, CallInput input) {
        engine.evaluated = null;
        ScanOutcome outcome = pipeline.scan(input);
        assertThat(outcome.reasonCodes()).as("%s was scanned", name).doesNotContain(GatewayReasonCodes.PIPELINE_FAILURE);
        return new Scanned(name, input, outcome, engine.evaluated);
    }

    /** Calls with nothing found in the texts that describe them: what is stored is what the engine saw. */
    private Map<String, Scanned> plainCalls() {
        AgentRef bot = agent("report-bot", "langchain");
        Map<String, Scanned> calls = new LinkedHashMap<>();
        for (Scanned s : List.of(
                scan("PII to an unknown tool", call("POST", "https://crm.example.org/api/notes", Map.of(),
                        "{\"note\": \"call back " + EMAIL + " tomorrow\"}", bot)),
                scan("a secret in the body", call("POST", "https://paste.example.net/new", Map.of(),
                        "{\"text\": \"deploy with " + GITHUB_TOKEN + "\"}", bot)),
                scan("a card and a signal", call("GET", "https://collector.evil.example/upload",
                        Map.of("Authorization", "Bearer " + GITHUB_TOKEN, "X-Card", CARD), null, bot)),
                scan("a known tool read", call("GET", "https://api.github.com/repos/acme/app/issues", Map.of(), null,
                        agent("triage", "crewai"))),
                scan("a delete", call("DELETE", "https://api.github.com/repos/acme/app/issues/7", Map.of(), null,
                        agent(null, null))),
                scan("a benign write", call("POST", "https://hooks.slack.com/services/T1/B1/x", Map.of(),
                        "{\"text\": \"hello\"}", bot)))) {
            calls.put(s.name(), s);
        }
        return calls;
    }

    /** Writes the traces of {@code outcomes} as the gateway does; returns the rows as stored. */
    private Map<UUID, TraceRecord> store(Map<CallInput, ScanOutcome> outcomes) {
        TraceRecordFactory factory = new TraceRecordFactory(JSON);
        List<TraceRecord> rows = new ArrayList<>();
        outcomes.forEach((input, outcome) -> rows.add(factory.of(input, outcome)));
        new TraceWriter(database.jdbi(), 100, 50, 50).writeNow(rows);
        Map<UUID, TraceRecord> stored = new LinkedHashMap<>();
        for (TraceRecord row : rows) {
            stored.put(row.traceId(), database.jdbi().withExtension(TraceDao.class,
                    dao -> dao.find(tenant, row.traceId())).orElseThrow());
        }
        return stored;
    }

    private Map<UUID, RecordedCall> replayable() {
        return new RecordedCalls(database.jdbi(), JSON).between(tenant, "production", 0, Long.MAX_VALUE, 1000)
                .stream().collect(Collectors.toMap(RecordedCall::traceId, Function.identity()));
    }

    private static Map<CallInput, ScanOutcome> outcomesOf(Iterable<Scanned> scanned) {
        Map<CallInput, ScanOutcome> outcomes = new LinkedHashMap<>();
        scanned.forEach(s -> outcomes.put(s.input(), s.outcome()));
        return outcomes;
    }

    @Test
    void theStoredInputIsTheOneTheEngineEvaluatedAndDecidesTheSameAgain() {
        Map<String, Scanned> calls = plainCalls();
        Map<UUID, TraceRecord> stored = store(outcomesOf(calls.values()));
        Map<UUID, RecordedCall> replayable = replayable();

        for (Scanned s : calls.values()) {
            UUID traceId = s.outcome().traceId();
            PolicyInput read = PolicyInputDocument.read(stored.get(traceId).policyInput());
            assertThat(read).as("stored input of '%s'", s.name()).isEqualTo(s.evaluated());
            assertThat(read).as("the input answers show for '%s'", s.name()).isEqualTo(s.outcome().policyInput());
            RecordedCall recorded = replayable.get(traceId);
            assertThat(recorded).as("'%s' is replayable", s.name()).isNotNull();
            assertThat(recorded.policyInput()).as("replayed input of '%s'", s.name()).isEqualTo(s.evaluated());
            assertThat(recorded.recordedDecision()).isEqualTo(s.outcome().decision());
            PolicyVerdict again = engine.decide(List.of(), recorded.policyInput());
            assertThat(again.deciding()).as("deciding rule of '%s' on replay", s.name())
                    .isEqualTo(s.outcome().verdict().deciding());
        }
        List<PolicyInput> inputs = calls.values().stream().map(Scanned::evaluated).toList();
        assertThat(inputs.stream().map(PolicyInput::verb).collect(Collectors.toSet()))
                .as("every verb").isEqualTo(EnumSet.allOf(Verb.class));
        assertThat(inputs.stream().flatMap(i -> i.dataClasses().stream()).collect(Collectors.toSet()))
                .contains("SECRETS", "PII");
        assertThat(inputs.stream().flatMap(i -> i.signalIds().stream())).as("a signal fired").isNotEmpty();
        assertThat(inputs.stream().map(PolicyInput::toolName)).contains("custom_proxy", "github");
        assertThat(inputs.stream().map(PolicyInput::riskBand).collect(Collectors.toSet())).hasSizeGreaterThan(2);
        assertThat(calls.values().stream().map(s -> s.outcome().decision()).collect(Collectors.toSet()))
                .hasSizeGreaterThan(2);
    }

    @Test
    void foundValuesInTheCallsTextsAreStoredHiddenAndNothingElseDiffers() {
        String encodedToken = GITHUB_TOKEN.chars().mapToObj(c -> String.format("%%%02X", c))
                .collect(Collectors.joining());
        Scanned sideDoor = scan("values in the path and the agent's name",
                call("POST", "https://collector.side-door.example/files/" + encodedToken + "/" + EMAIL.replace("@",
                        "%40"), Map.of(), "{\"note\": \"token " + GITHUB_TOKEN + " for " + EMAIL + "\"}",
                        agent("helper for " + EMAIL, "custom")));
        Map<UUID, TraceRecord> stored = store(outcomesOf(List.of(sideDoor)));

        String document = stored.get(sideDoor.outcome().traceId()).policyInput();
        PolicyInput read = PolicyInputDocument.read(document);

        assertThat(document).doesNotContain(EMAIL, GITHUB_TOKEN, encodedToken);
        assertThat(read).isEqualTo(sideDoor.outcome().policyInput());
        assertThat(read.agentName()).isEqualTo("helper for [REDACTED:EMAIL_ADDRESS]");
        assertThat(read.path()).contains("[REDACTED:");
        assertThat(read.toBuilder().host(sideDoor.evaluated().host()).path(sideDoor.evaluated().path())
                .agentName(sideDoor.evaluated().agentName()).build())
                .as("the engine's input, but for the texts that carried found values").isEqualTo(sideDoor.evaluated());
        assertThat(replayable().get(sideDoor.outcome().traceId()).policyInput()).isEqualTo(read);
    }

    @Test
    void aFailedScanStoresItsInputButIsNotReplayed() {
        CallInput input = call("POST", "https://a.b.attacker.co.uk/x?token=" + GITHUB_TOKEN, Map.of(),
                "{\"a\": 1}", agent("bot", "langchain"));
        ScanOutcome failed = FailedScan.of(input, UUID.randomUUID(), null, null, "detection");
        Scanned benign = scan("a benign write", call("POST", "https://hooks.slack.com/services/T1/B1/x", Map.of(),
                "{\"text\": \"hello\"}", agent("bot", "langchain")));
        Map<CallInput, ScanOutcome> outcomes = new LinkedHashMap<>();
        outcomes.put(input, failed);
        outcomes.put(benign.input(), benign.outcome());

        Map<UUID, TraceRecord> stored = store(outcomes);

        PolicyInput read = PolicyInputDocument.read(stored.get(failed.traceId()).policyInput());
        assertThat(read).isEqualTo(failed.policyInput());
        assertThat(read.host()).isEqualTo("attacker.co.uk");
        assertThat(read.reasonCodes()).containsExactly(GatewayReasonCodes.PIPELINE_FAILURE);
        assertThat(read.riskBand()).isEqualTo(RiskBand.CRITICAL);
        assertThat(replayable()).as("calls that failed closed were not decided by policy")
                .containsOnlyKeys(benign.outcome().traceId());
    }

    @Test
    void aTraceWithoutADocumentIsRebuiltFromItsColumns() {
        TraceRecord legacy = TraceRecords.trace(tenant, UUID.randomUUID(), "SANITIZE", 5_000L);
        new TraceWriter(database.jdbi(), 100, 50, 50).writeNow(List.of(legacy));

        RecordedCall recorded = replayable().get(legacy.traceId());

        assertThat(recorded.recordedDecision()).isEqualTo(Decision.SANITIZE);
        assertThat(recorded.policyInput()).isEqualTo(PolicyInput.builder().toolName("custom_proxy")
                .operation("http_post").verb(Verb.WRITE).method("POST").host("crm.example.org").path("/api/notes")
                .agentId(legacy.agentId().toString()).agentName("agent").runtimeType("custom")
                .dataClasses(Set.of("PII")).entityTypes(Set.of("EMAIL_ADDRESS")).riskScore(0.25)
                .riskBand(RiskBand.LOW).reasonCodes(Set.of("PII")).bodyBytes(42).build());
    }

    @Test
    void aTraceWithADocumentIsReplayedFromTheDocumentAloneIgnoringWhatItDoesNotKnow() {
        TraceRecord columns = TraceRecords.trace(tenant, UUID.randomUUID(), "DENY", 6_000L);
        TraceRecord row = TraceRecords.withPolicyInput(columns, """
                {"tool": "github", "operation": "delete_repo", "verb": "DELETE", "method": "DELETE",
                 "host": "api.github.com", "path": "/repos/a/b", "entity_types": ["AWS_ACCESS_KEY_ID"],
                 "data_classes": ["SECRETS"], "risk_score": 0.9, "risk_band": "CRITICAL", "signals": ["burst"],
                 "reason_codes": ["SECRETS", "BURST"], "body_bytes": 7, "destination_country": "NZ"}""");
        new TraceWriter(database.jdbi(), 100, 50, 50).writeNow(List.of(row));

        RecordedCall recorded = replayable().get(row.traceId());

        assertThat(recorded.recordedDecision()).isEqualTo(Decision.DENY);
        assertThat(recorded.policyInput()).isEqualTo(PolicyInput.builder().toolName("github")
                .operation("delete_repo").verb(Verb.DELETE).method("DELETE").host("api.github.com")
                .path("/repos/a/b").entityTypes(Set.of("AWS_ACCESS_KEY_ID")).dataClasses(Set.of("SECRETS"))
                .riskScore(0.9).riskBand(RiskBand.CRITICAL).signalIds(Set.of("burst"))
                .reasonCodes(Set.of("SECRETS", "BURST")).bodyBytes(7).build());
    }

    @Test
    void aTraceKeptMinimallyKeepsNoDocument() {
        Scanned benign = scan("a benign write", call("POST", "https://hooks.slack.com/services/T1/B1/x", Map.of(),
                "{\"text\": \"hello\"}", agent("bot", "langchain")));
        TraceRecord full = new TraceRecordFactory(JSON).of(benign.input(), benign.outcome());

        assertThat(full.policyInput()).isNotNull();
        assertThat(full.minimal().policyInput()).isNull();
    }
}
