package io.interven.gateway.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How {@link SchemaMigrator} cuts a migration file into statements (no database needed). */
class SchemaMigratorStatementsTest {

    @Test
    void statementsEndAtASemicolonEndingALineWhichIsDropped() {
        List<String> statements = SchemaMigrator.statementsOf("""
                CREATE TABLE a (id INT);
                CREATE TABLE b (
                    id INT,
                    name VARCHAR(10)
                );
                """);

        assertThat(statements).containsExactly("CREATE TABLE a (id INT)",
                "CREATE TABLE b (\n    id INT,\n    name VARCHAR(10)\n)");
    }

    @Test
    void commentLinesAndBlankLinesAreDropped() {
        List<String> statements = SchemaMigrator.statementsOf("""
                -- a header comment
                CREATE TABLE a (
                    -- an indented comment; with a semicolon;
                    id INT

                );

                   --trailing comment
                """);

        assertThat(statements).containsExactly("CREATE TABLE a (\n    id INT\n)");
    }

    @Test
    void aSemicolonInsideALineDoesNotSplit() {
        List<String> statements = SchemaMigrator.statementsOf("INSERT INTO t VALUES ('a;b');\n");

        assertThat(statements).containsExactly("INSERT INTO t VALUES ('a;b')");
    }

    @Test
    void aLastStatementWithoutSemicolonIsKept() {
        assertThat(SchemaMigrator.statementsOf("CREATE TABLE a (id INT);\nCREATE INDEX i ON a (id)"))
                .containsExactly("CREATE TABLE a (id INT)", "CREATE INDEX i ON a (id)");
    }

    @Test
    void windowsLineEndingsSplitTheSameWay() {
        assertThat(SchemaMigrator.statementsOf("-- c\r\nCREATE TABLE a (id INT);\r\nCREATE TABLE b (id INT);\r\n"))
                .containsExactly("CREATE TABLE a (id INT)", "CREATE TABLE b (id INT)");
    }

    @Test
    void nothingButCommentsIsNoStatement() {
        assertThat(SchemaMigrator.statementsOf("-- only\n\n-- comments\n")).isEmpty();
    }

    @Test
    void everyShippedMigrationSplitsIntoCleanStatements() throws IOException {
        for (String name : SchemaMigrator.MIGRATIONS) {
            List<String> statements = SchemaMigrator.statementsOf(read(name));

            assertThat(statements).as(name).isNotEmpty().allSatisfy(statement -> {
                assertThat(statement).doesNotStartWith("--").doesNotEndWith(";").isNotBlank();
                assertThat(statement.lines()).noneMatch(line -> line.strip().startsWith("--"));
            });
        }
    }

    private static String read(String name) throws IOException {
        try (InputStream in = SchemaMigrator.class.getResourceAsStream("/db/migration/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
