package io.interven.gateway.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.testing.DatabaseRows;
import io.interven.gateway.testing.GatewayHarness;
import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.TenantFixture;
import io.interven.gateway.testing.TestDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL stopped under load, then started again on the same port and data directory, under one running gateway:
 * during the outage every scan answers 503 JSON (or a decision made with every check: authenticated, counted
 * against the rate limit), never a 500 and never a 200 for an unknown key; once the database is back the next scan
 * answers 200 without restarting the gateway; and every scan answered 200 has its trace stored, those whose trace
 * was due to be written while the database was down included. The recovery bound is zero failed requests once the
 * server accepts connections again: the pool checks a connection before handing it out (checkConnectionOnBorrow,
 * validationInterval 1 second in the configuration).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutageOnPostgresTest {
    private static final Set<String> OUTAGE_CODES = Set.of("DATABASE_UNAVAILABLE", "TRACE_BUFFER_FULL");
    private static final String UNKNOWN_KEY = "iv_live_" + "0".repeat(40);

    @TempDir
    static Path dataDirectory;

    private int port;
    private TestDatabase database;
    private EmbeddedPostgres postgres;
    private GatewayHarness gateway;

    /**
     * PostgreSQL on a port of its own with a database for one gateway, whose trace batches are written when their
     * oldest trace has waited 8 s (so that a burst's batch falls due while the database is down).
     */
    @BeforeAll
    void startPostgresAndGateway() throws Exception {
        port = freePort();
        postgres = startPostgres(port);
        try (Connection admin = DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"));
             Statement create = admin.createStatement()) {
            create.execute("CREATE DATABASE outage");
        }
        database = TestDatabase.postgres("jdbc:postgresql://localhost:" + port + "/outage", "postgres", "postgres");
        gateway = GatewayHarness.on(database).override("traces.flushInterval", "8 seconds")
                .override("traces.batchSize", "1000").start();
    }

    @AfterAll
    void stop() throws IOException {
        if (gateway != null) {
            gateway.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    private EmbeddedPostgres startPostgres(int port) throws IOException {
        return EmbeddedPostgres.builder().setPort(port).setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false).start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * The answer, or nothing when the connection ended without one. During an outage a keep-alive connection
     * occasionally ends without an answer to the request sent on it (and again on the fresh connection the harness
     * retries on); such a call was answered nothing, so it has no decision and no trace to check.
     */
    private static Optional<HttpResult> unanswered(Supplier<HttpResult> call) {
        try {
            return Optional.of(call.get());
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof IOException io && io.getMessage() != null
                    && io.getMessage().contains("received no bytes")) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** What one load thread saw. */
    private record Seen(String key, HttpResult answer) {
    }

    @Test
    void scansAnswer503DuringAnOutageRecoverWithoutARestartAndNoAnsweredTraceIsLost() throws Exception {
        TenantFixture tenant = gateway.newTenant();

        List<HttpResult> burst = scanFromThreads(tenant.key(), 3, 5);
        assertThat(burst).allSatisfy(answer -> assertThat(answer.status()).as(answer.text()).isEqualTo(200));
        postgres.close();

        AtomicBoolean outage = new AtomicBoolean(true);
        ExecutorService load = Executors.newFixedThreadPool(3);
        List<Future<List<Seen>>> loads = new ArrayList<>();
        for (String key : List.of(tenant.key(), tenant.key(), UNKNOWN_KEY)) {
            loads.add(load.submit(() -> {
                List<Seen> seen = new ArrayList<>();
                while (outage.get()) {
                    unanswered(() -> gateway.post("/v1/scan", key, ScanCalls.benign()))
                            .ifPresent(answer -> seen.add(new Seen(key, answer)));
                }
                return seen;
            }));
        }
        int alreadyLogged = occurrences(gateway.log(), "database unreachable: ");
        await(() -> occurrences(gateway.log(), "database unreachable: ") > alreadyLogged, Duration.ofSeconds(60),
                "the trace writer met the outage with the burst's traces");
        outage.set(false);
        List<Seen> duringOutage = new ArrayList<>();
        for (Future<List<Seen>> each : loads) {
            duringOutage.addAll(each.get(60, TimeUnit.SECONDS));
        }
        load.shutdown();

        postgres = startPostgres(port);
        HttpResult afterwards = firstScanAnsweredOnceBack(tenant);

        assertThat(duringOutage).as("answers during the outage").isNotEmpty();
        assertThat(duringOutage).allSatisfy(DatabaseOutageOnPostgresTest::assertDecidedWithChecksOr503);
        assertThat(duringOutage).anySatisfy(seen -> assertThat(seen.answer().status()).isEqualTo(503));

        List<String> answered = new ArrayList<>();
        burst.forEach(answer -> answered.add(answer.field("trace_id")));
        duringOutage.stream().filter(seen -> seen.answer().status() == 200)
                .forEach(seen -> answered.add(seen.answer().field("trace_id")));
        answered.add(afterwards.field("trace_id"));
        await(() -> storedTraces(database, answered) == answered.size(), Duration.ofSeconds(60),
                "every answered scan's trace stored");
        assertThat(storedTraces(database, answered)).isEqualTo(answered.size());
    }

    /**
     * The pool's connections sat out the outage idle, dead since the server went away: each is checked before it is
     * handed out and replaced, so scans answer 200 again within the recovery bound (without a check on borrow dead
     * connections keep being handed out, and scans keep answering 503).
     */
    @Test
    void connectionsIdleThroughTheOutageAreReplacedWithinTheRecoveryBound() throws Exception {
        TenantFixture tenant = gateway.newTenant();
        List<HttpResult> before = scanFromThreads(tenant.key(), 3, 3);
        assertThat(before).allSatisfy(answer -> assertThat(answer.status()).as(answer.text()).isEqualTo(200));
        List<String> answered = new ArrayList<>();
        before.forEach(answer -> answered.add(answer.field("trace_id")));

        postgres.close();
        postgres = startPostgres(port);
        HttpResult afterwards = firstScanAnsweredOnceBack(tenant);

        answered.add(afterwards.field("trace_id"));
        await(() -> storedTraces(database, answered) == answered.size(), Duration.ofSeconds(60),
                "every trace stored");
    }

    /**
     * Scans until one is answered 200, within {@link #RECOVERY} of the database accepting connections again (without
     * a restart of the gateway): a connection checked within the pool's validation interval (one second) before the
     * outage is handed out unchecked, so a scan or two may still meet a dead connection; each of those must be a JSON
     * 503 DATABASE_UNAVAILABLE, and the dead connection is then dropped. Dropwizard's default pool settings (no check
     * on borrow) keep handing out dead connections far longer than this bound.
     */
    private static HttpResult firstScanAnsweredOnceBack(TenantFixture tenant) throws InterruptedException {
        long deadline = System.nanoTime() + RECOVERY.toNanos();
        while (true) {
            HttpResult answer = tenant.scan(ScanCalls.benign());
            if (answer.status() == 200) {
                return answer;
            }
            assertThat(answer.status()).as("before recovery: %s", answer.text()).isEqualTo(503);
            assertThat(answer.json().path("code").asText()).isEqualTo("DATABASE_UNAVAILABLE");
            assertThat(System.nanoTime()).as("scans answered again within %s of the restart", RECOVERY)
                    .isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private static void assertDecidedWithChecksOr503(Seen seen) {
        HttpResult answer = seen.answer();
        assertThat(answer.status()).as("never a 500: %s", answer.text()).isIn(200, 401, 503);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        ErrorAssertions.assertNoStackTrace(answer);
        if (answer.status() == 503) {
            assertThat(answer.json().path("code").asText()).as(answer.text()).isIn(OUTAGE_CODES);
            assertThat(answer.headers().firstValue("Retry-After")).as("Retry-After").isPresent();
        } else if (seen.key().equals(UNKNOWN_KEY)) {
            assertThat(answer.status()).as("an unknown key is never let through: %s", answer.text()).isEqualTo(401);
        } else {
            assertThat(answer.status()).as(answer.text()).isEqualTo(200);
            assertThat(answer.headers().firstValue("X-RateLimit-Remaining"))
                    .as("a scan answered during the outage was counted against the rate limit").isPresent();
        }
    }

    private List<HttpResult> scanFromThreads(String key, int threads, int each) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<HttpResult>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    List<HttpResult> answers = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        answers.add(gateway.post("/v1/scan", key, ScanCalls.benign()));
                    }
                    return answers;
                }));
            }
            List<HttpResult> all = new ArrayList<>();
            for (Future<List<HttpResult>> future : futures) {
                all.addAll(future.get(60, TimeUnit.SECONDS));
            }
            return Collections.unmodifiableList(all);
        } finally {
            pool.shutdown();
        }
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    private static long storedTraces(TestDatabase database, List<String> traceIds) {
        String ids = traceIds.stream().map(id -> "'" + id + "'").collect(Collectors.joining(", "));
        return Long.parseLong(DatabaseRows.column(database,
                "SELECT COUNT(*) FROM traces WHERE CAST(trace_id AS VARCHAR(36)) IN (" + ids + ")").get(0));
    }

    private static final Duration RECOVERY = Duration.ofSeconds(5);

    private static void await(BooleanSupplier done, Duration limit, String what) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + limit.toSeconds() + " s: " + what);
            }
            Thread.sleep(50);
        }
    }
}
