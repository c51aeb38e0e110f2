package io.interven.gateway.db;

import io.interven.gateway.testing.MigratedDatabase;
import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.tenancy.TenantDao;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The template engine {@link JdbiSetup} installs: every statement of a SQL object is named after its method, as the
 * database sees it, and a template is rendered once however many statements it runs.
 */
class NamedStatementTemplatesTest {
    private static MigratedDatabase database;
    private final List<String> executed = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void open() {
        database = new MigratedDatabase("h2");
    }

    @AfterAll
    static void close() throws Exception {
        database.close();
    }

    @Test
    void aSqlObjectsStatementReachesTheDatabaseNamedAfterItsMethod() {
        record(database);

        database.jdbi().withExtension(TenantDao.class, dao -> dao.findById(UUID.randomUUID()));
        database.jdbi().withExtension(TenantDao.class, TenantDao::count);

        assertThat(executed).hasSize(2);
        assertThat(executed.get(0)).startsWith("/* TenantDao.findById */ SELECT * FROM tenants WHERE id = ");
        assertThat(executed.get(1)).startsWith("/* TenantDao.count */ SELECT COUNT(*) FROM tenants");
    }

    @Test
    void aStatementOfNoSqlObjectIsLeftAsWritten() {
        record(database);

        database.jdbi().withHandle(handle -> handle.createQuery("SELECT 1").mapTo(Integer.class).one());

        assertThat(executed).containsExactly("SELECT 1");
    }

    @Test
    void aTemplateIsParsedOnceAndOnlyTheNameIsAddedPerStatement() {
        int[] parses = {0};
        NamedStatementTemplates engine = new NamedStatementTemplates(new org.jdbi.v3.core.statement
                .DefinedAttributeTemplateEngine() {
            @Override
            public java.util.Optional<java.util.function.Function<StatementContext, String>> parse(String template,
                    org.jdbi.v3.core.config.ConfigRegistry config) {
                parses[0]++;
                return super.parse(template, config);
            }
        });
        database.jdbi().getConfig(SqlStatements.class).setTemplateEngine(engine);
        try {
            for (int i = 0; i < 20; i++) {
                database.jdbi().withExtension(TenantDao.class, TenantDao::count);
            }
        } finally {
            database.jdbi().getConfig(SqlStatements.class)
                    .setTemplateEngine(new NamedStatementTemplates(new org.jdbi.v3.core.statement
                            .DefinedAttributeTemplateEngine()));
        }

        assertThat(parses[0]).as("parses of one template run 20 times").isEqualTo(1);
    }

    private void record(MigratedDatabase on) {
        on.jdbi().getConfig(SqlStatements.class).setSqlLogger(new SqlLogger() {
            @Override
            public void logBeforeExecution(StatementContext context) {
                executed.add(context.getRenderedSql());
            }
        });
    }
}
