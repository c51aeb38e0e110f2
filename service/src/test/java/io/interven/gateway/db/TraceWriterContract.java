package io.interven.gateway.db;

import io.interven.gateway.testing.MigratedDatabase;
import static io.interven.gateway.db.TraceRecords.trace;
import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.tenancy.TenantDirectory;
import io.interven.gateway.trace.TraceDao;
import io.interven.gateway.trace.TracePlace;
import io.interven.gateway.trace.TraceRecord;
import io.interven.gateway.trace.TraceWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One trace row that the database refuses (a host longer than its column, a NUL that PostgreSQL refuses, reason
 * codes past their column) never costs the other rows of its batch their place, and is itself kept as its minimal
 * trace, on each kind of database. Traces that cannot be written because the database cannot be reached wait in
 * the bounded buffer and are all written once it is back; a full buffer gives no place.
 */
abstract class TraceWriterContract {
    private MigratedDatabase database;
    private UUID tenant;
    private UUID otherTenant;

    abstract String database();

    @BeforeEach
    void migrate() {
        database = new MigratedDatabase(database());
        TenantDirectory directory = new TenantDirectory(database.jdbi());
        tenant = directory.createTenant("t-" + UUID.randomUUID()).id();
        otherTenant = directory.createTenant("t-" + UUID.randomUUID()).id();
    }

    @AfterEach
    void close() throws Exception {
        database.close();
    }

    private Optional<TraceRecord> find(UUID tenantId, UUID traceId) {
        return database.jdbi().withExtension(TraceDao.class, dao -> dao.find(tenantId, traceId));
    }

    /** Rows no column of the schema can hold as they are, each with what makes it so. */
    private List<TraceRecord> poisoned() {
        List<UnaryOperator<TraceRecord>> poisons = List.of(
                t -> with(t, "h".repeat(300) + ".example", t.agentName(), t.reasonCodes()),
                t -> with(t, t.host(), "agent\u0000with a NUL", t.reasonCodes()),
                t -> with(t, t.host(), t.agentName(), "PII,".repeat(500)));
        List<TraceRecord> rows = new ArrayList<>();
        poisons.forEach(poison -> rows.add(poison.apply(trace(otherTenant, null, "DENY", 1_000L))));
        return rows;
    }

    private static TraceRecord with(TraceRecord t, String host, String agentName, String reasonCodes) {
        return new TraceRecord(t.traceId(), t.tenantId(), t.envName(), t.agentId(), agentName, t.runtimeType(),
                t.createdAt(), t.method(), host, t.toolName(), t.operation(), t.verb(), t.decision(), t.riskScore(),
                t.riskBand(), reasonCodes, t.classifications(), t.findingsJson(), t.signalsJson(), t.policyId(),
                t.policyName(), t.policyVersion(), t.ruleId(), t.approvalId(), t.bodyBytes(), t.bodyFingerprint(),
                t.path(), t.monitorJson(), t.policyInput(), t.ephemeralKeyId(), t.w3cTraceId());
    }

    @Test
    void aRowTheDatabaseRefusesCostsNoOtherRowOfItsBatch() {
        TraceWriter writer = new TraceWriter(database.jdbi(), 1000, 200, 50);
        List<TraceRecord> good = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            good.add(trace(tenant, null, "ALLOW", 2_000L + i));
        }
        List<TraceRecord> bad = poisoned();
        List<TraceRecord> batch = new ArrayList<>(good.subList(0, 15));
        batch.addAll(bad);
        batch.addAll(good.subList(15, 30));

        writer.writeNow(batch);

        for (TraceRecord t : good) {
            assertThat(find(tenant, t.traceId())).as("trace %s of the other tenant", t.traceId()).contains(t);
        }
        for (TraceRecord t : bad) {
            TraceRecord kept = find(otherTenant, t.traceId()).orElseThrow(() -> new AssertionError(
                    "the refused row " + t.traceId() + " was lost instead of kept minimally"));
            assertThat(kept).as("the row as it was where the database takes it (H2 takes a NUL), else its minimal form")
                    .isIn(t, t.minimal());
            assertThat(kept.decision()).isEqualTo("DENY");
            assertThat(kept.host().length()).isLessThanOrEqualTo(255);
            assertThat(kept.reasonCodes().length()).isLessThanOrEqualTo(1000);
        }
    }

    @Test
    void theWorkerWritesEveryQueuedTraceAroundARefusedOne() throws InterruptedException {
        TraceWriter writer = new TraceWriter(database.jdbi(), 1000, 200, 50);
        writer.start();
        List<TraceRecord> all = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            all.add(trace(tenant, null, "ALLOW", 3_000L + i));
        }
        all.addAll(10, poisoned());
        all.forEach(trace -> writer.reserve().orElseThrow().record(trace));
        writer.stop();

        for (TraceRecord t : all) {
            UUID owner = t.tenantId();
            assertThat(find(owner, t.traceId())).as("trace %s", t.traceId()).isPresent();
        }
    }

    @Test
    void everyValueOfATraceIsStoredInItsOwnColumn() {
        TraceRecord distinct = new TraceRecord(UUID.randomUUID(), tenant, "env-3", UUID.randomUUID(), "agent-5",
                "runtime-6", 7_000L, "PATCH", "host-9.example", "tool-10", "operation-11", "verb-12", "decision-13",
                0.75, "band-15", "reasons-16", "classes-17", "[\"findings-18\"]", "[\"signals-19\"]", "policy-20",
                "name-21", 22, "rule-23", UUID.randomUUID(), 25, "fingerprint-26", "/path-27", "[\"monitor-28\"]",
                "{\"input\":29}", UUID.randomUUID(), "0123456789abcdef0123456789abcd31");
        TraceRecord sparse = new TraceRecord(UUID.randomUUID(), tenant, "env-3", null, null, null, 7_001L, "GET",
                "host.example", "tool", "operation", "READ", "ALLOW", 0.0, "LOW", "", "", "[]", "[]", null, null,
                null, null, null, 0, "f", null, null, null, null, null);
        TraceWriter writer = new TraceWriter(database.jdbi(), 1000, 200, 50);

        writer.writeNow(List.of(distinct, sparse));

        assertThat(find(tenant, distinct.traceId())).contains(distinct);
        assertThat(find(tenant, sparse.traceId())).contains(sparse);
        assertThat(writer.inserts()).isEqualTo(1);
        assertThat(writer.insertNanos()).isPositive();
    }

    @Test
    void aTraceBoundedForItsColumnsIsStoredAsBounded() {
        TraceRecord poisoned = poisoned().get(0);
        TraceRecord bounded = with(poisoned, poisoned.host(), "bot \u0000\ud800 \uD83D\uDE00", "PII").withinColumns();

        new TraceWriter(database.jdbi(), 1000, 200, 50).writeNow(List.of(bounded));

        TraceRecord kept = find(otherTenant, poisoned.traceId()).orElseThrow();
        assertThat(kept).isEqualTo(bounded);
        assertThat(kept.host()).hasSize(255).startsWith("hhhh").endsWith("\u2026");
        assertThat(kept.agentName()).isEqualTo("bot \ufffd\ufffd \uD83D\uDE00");
    }

    private static void await(BooleanSupplier done, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 30 s: " + what);
            }
            Thread.sleep(20);
        }
    }

    private boolean allStored(List<TraceRecord> traces) {
        return traces.stream().allMatch(t -> find(t.tenantId(), t.traceId()).isPresent());
    }

    private List<TraceRecord> traces(int count, long createdAt) {
        List<TraceRecord> traces = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            traces.add(trace(tenant, null, "ALLOW", createdAt + i));
        }
        return traces;
    }

    @Test
    void tracesWaitWhileTheDatabaseCannotBeReachedAndAreAllWrittenOnceItIsBack() throws InterruptedException {
        CuttableLink link = new CuttableLink(database.jdbi());
        TraceWriter writer = new TraceWriter(link.jdbi(), 100, 4, 10);
        writer.start();
        try {
            link.cut();
            List<TraceRecord> traces = traces(11, 4_000L);
            traces.forEach(t -> writer.reserve().orElseThrow().record(t));
            await(() -> link.refusals() >= 3, "the writer tried again while the database was unreachable");

            assertThat(traces).noneMatch(t -> find(t.tenantId(), t.traceId()).isPresent());
            assertThat(traces).as("readable from the writer while they wait")
                    .allSatisfy(t -> assertThat(writer.unwritten(t.tenantId(), t.traceId())).contains(t));
            assertThat(writer.unwritten(UUID.randomUUID(), traces.get(0).traceId())).as("never for another tenant")
                    .isEmpty();
            link.restore();
            await(() -> allStored(traces), "every waiting trace written once the database is back");
            assertThat(traces).allSatisfy(t -> assertThat(find(tenant, t.traceId())).contains(t));
            await(() -> traces.stream().allMatch(t -> writer.unwritten(t.tenantId(), t.traceId()).isEmpty()),
                    "written traces forgotten by the writer");
        } finally {
            writer.stop();
        }
    }

    @Test
    void aFullBufferGivesNoPlaceUntilItsTracesAreWritten() throws InterruptedException {
        CuttableLink link = new CuttableLink(database.jdbi());
        TraceWriter writer = new TraceWriter(link.jdbi(), 3, 200, 10);
        writer.start();
        try {
            link.cut();
            List<TraceRecord> traces = traces(2, 5_000L);
            traces.forEach(t -> writer.reserve().orElseThrow().record(t));
            TracePlace unused = writer.reserve().orElseThrow();

            assertThat(writer.reserve()).as("every place is taken").isEmpty();
            unused.close();
            writer.reserve().orElseThrow().close();
            await(() -> link.refusals() >= 2, "the writer tried to write the two traces");
            List<TracePlace> held = new ArrayList<>();
            writer.reserve().ifPresent(held::add);
            assertThat(writer.reserve()).as("two places still wait for the database").isEmpty();
            held.forEach(TracePlace::close);

            link.restore();
            await(() -> allStored(traces), "the waiting traces written");
            await(() -> {
                List<Optional<TracePlace>> places = List.of(writer.reserve(), writer.reserve(), writer.reserve());
                places.forEach(place -> place.ifPresent(TracePlace::close));
                return places.stream().allMatch(Optional::isPresent);
            }, "every place free again");
        } finally {
            writer.stop();
        }
    }

    @Test
    void onStopTracesWaitingForTheDatabaseAreWrittenWhenItIsBackInTime() throws Exception {
        CuttableLink link = new CuttableLink(database.jdbi());
        TraceWriter writer = new TraceWriter(link.jdbi(), 100, 200, 10);
        writer.start();
        link.cut();
        List<TraceRecord> traces = traces(5, 6_000L);
        traces.forEach(t -> writer.reserve().orElseThrow().record(t));
        await(() -> link.refusals() >= 1, "a first attempt failed");

        Thread stopping = new Thread(() -> {
            try {
                writer.stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        stopping.start();
        int before = link.refusals();
        await(() -> link.refusals() > before, "the stopping writer retried");
        link.restore();
        stopping.join(Duration.ofSeconds(30).toMillis());

        assertThat(stopping.isAlive()).isFalse();
        assertThat(allStored(traces)).as("every trace written on stop").isTrue();
        assertThat(writer.reserve()).as("a stopped writer gives no place").isEmpty();
    }
}
