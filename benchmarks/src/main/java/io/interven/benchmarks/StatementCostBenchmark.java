package io.interven.benchmarks;

import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.db.ManagedDataSource;
import io.dropwizard.jdbi3.NamePrependingTemplateEngine;
import io.interven.gateway.db.DatabaseMigrations;
import io.interven.gateway.db.JdbiSetup;
import io.interven.gateway.ratelimit.RateWindowDao;
import io.interven.gateway.tenancy.TenantDao;
import io.interven.gateway.tenancy.TenantRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.DefinedAttributeTemplateEngine;
import org.jdbi.v3.core.statement.SqlStatements;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What one statement of the gateway costs on the embedded H2 database, through the gateway's own Jdbi
 * ({@link JdbiSetup}), against the set-up it had before: {@code templates=rendered-each-time} puts back Dropwizard's
 * template engine (which lexes the SQL template on every statement) and {@code h2QueryCache=8} H2's default
 * statement cache per connection. {@code findTenant} is a keyed read mapped to a record by its constructor;
 * {@code takeRateLease} the rate limit's conditional UPDATE with its generated keys.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StatementCostBenchmark {
    @Param({"parsed-once", "rendered-each-time"})
    String templates;

    @Param({"256", "8"})
    String h2QueryCache;

    private Path folder;
    private ManagedDataSource[] pool = new ManagedDataSource[1];
    private Jdbi jdbi;
    private UUID tenantId;
    private long windowStart;

    @Setup
    public void open() throws Exception {
        folder = Files.createTempDirectory("statement-cost");
        DataSourceFactory database = new DataSourceFactory();
        database.setDriverClass("org.h2.Driver");
        database.setUrl("jdbc:h2:" + folder.resolve("bench") + ";QUERY_CACHE_SIZE=" + h2QueryCache);
        database.setUser("sa");
        database.setPassword("");
        jdbi = JdbiSetup.forCommand(database, pool);
        pool[0].start();
        if (templates.equals("rendered-each-time")) {
            jdbi.getConfig(SqlStatements.class)
                    .setTemplateEngine(new NamePrependingTemplateEngine(new DefinedAttributeTemplateEngine()));
        }
        new DatabaseMigrations(jdbi).migrate();
        tenantId = UUID.randomUUID();
        jdbi.useExtension(TenantDao.class, dao -> dao.insert(new TenantRow(tenantId, "bench", "00", 0L)));
        windowStart = 0;
        jdbi.useExtension(RateWindowDao.class, dao -> dao.open(tenantId, windowStart));
    }

    @TearDown
    public void close() throws Exception {
        pool[0].stop();
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Benchmark
    public Optional<TenantRow> findTenant() {
        return jdbi.withExtension(TenantDao.class, dao -> dao.findById(tenantId));
    }

    @Benchmark
    public Object takeRateLease() {
        return jdbi.withExtension(RateWindowDao.class, dao -> dao.take(tenantId, windowStart, Integer.MAX_VALUE, 1));
    }
}
