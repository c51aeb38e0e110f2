package io.interven.gateway.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The direction of dependencies between the service's packages, as rules. Read top to bottom, a package may use
 * the ones below it and never one above:
 *
 * <pre>
 * (root: the application)          the list of areas
 * wiring                            one class per area: what it builds and registers
 * cli, resources, evaluation        what a user or an operator reaches
 * api                               request and answer shapes of the HTTP API
 * scan                              one scan end to end: pipeline, approval step, trace
 * approval, trace                   what a scan leaves behind
 * core                              the decision pipeline (detect, recognize, weigh, decide, sanitize)
 * core.fields, core.normalize       the text slots of a call and how they are decoded
 * policy, tenancy, plugin           policies, tenants and keys, loaded plugins
 * replay                            signed requests and their replay window
 * request, auth, db, cache, batch, errors, config, logging, server   plumbing
 * </pre>
 *
 * <p>Persistence has one style: every table belongs to one package ({@link TableOwners}) and is reached through a
 * JDBI SQL object interface there ({@code *Dao}), used by a small store or service class of that package. Resources,
 * commands and API shapes are handed those services; {@code db} keeps only the JDBI setup and the migrations.
 */
final class PackageRules {
    static final String SERVICE = "io.interven.gateway";

    private PackageRules() {
    }

    /** No two packages import each other, directly or through others (sub-packages count as packages). */
    static ArchRule noPackageCycles(String rootPackage) {
        return slices().matching(parentOf(rootPackage) + ".(**)").should().beFreeOfCycles()
                .because("a package that imports a package that imports it back cannot be read, tested or moved"
                        + " on its own");
    }

    /** The decision pipeline knows nothing of what a scan leaves behind or of the HTTP layer above it. */
    static ArchRule pipelineStaysBelowItsUsers() {
        return noClasses().that().resideInAPackage(SERVICE + ".core..")
                .should().dependOnClassesThat().resideInAnyPackage(SERVICE + ".scan..", SERVICE + ".approval..",
                        SERVICE + ".trace..", SERVICE + ".api..", SERVICE + ".resources..", SERVICE + ".cli..")
                .because("the pipeline decides; storing approvals and traces is the scan service's job");
    }

    /** Traces keep their own records: an answer's shape can change without touching stored data. */
    static ArchRule tracesDoNotStoreAnswerShapes() {
        return noClasses().that().resideInAPackage(SERVICE + ".trace..")
                .should().dependOnClassesThat().resideInAnyPackage(SERVICE + ".api..", SERVICE + ".resources..",
                        SERVICE + ".scan..")
                .because("stored traces outlive the answer shapes of the API");
    }

    /** Policies are evaluated on facts; how requests are read or answered is not their concern. */
    static ArchRule policiesDoNotKnowTheHttpLayer() {
        return noClasses().that().resideInAPackage(SERVICE + ".policy..")
                .should().dependOnClassesThat().resideInAnyPackage(SERVICE + ".api..", SERVICE + ".resources..",
                        SERVICE + ".core..", SERVICE + ".scan..", SERVICE + ".trace..", SERVICE + ".approval..")
                .because("the policy engine sits below the pipeline that feeds it");
    }

    /** The application class lists areas; each area is wired in {@code wiring/}, so adding one adds one line. */
    static ArchRule applicationOnlyListsAreas() {
        return noClasses().that().resideInAPackage(SERVICE)
                .should().dependOnClassesThat().resideInAnyPackage(SERVICE + ".core..", SERVICE + ".scan..",
                        SERVICE + ".approval..", SERVICE + ".trace..", SERVICE + ".policy..",
                        SERVICE + ".resources..", SERVICE + ".tenancy..", SERVICE + ".plugin..", SERVICE + ".db..",
                        SERVICE + ".auth..", SERVICE + ".errors..", SERVICE + ".server..")
                .because("GatewayApplication.run reads as the list of the gateway's areas");
    }

    /** The commands' database setup: opening and migrating the database, reporting migrations, building services. */
    static final Set<String> COMMAND_DATABASE_SETUP = Set.of("DatabaseCommand", "DbCommand", "TenancyCommand");

    /** Resources, commands and API shapes are handed services: never a Jdbi, a handle or a SQL object. */
    static ArchRule userFacingCodeGetsServicesNotTheDatabase(String root) {
        return noClasses().that().resideInAnyPackage(root + ".resources..", root + ".cli..", root + ".api..")
                .and(not(commandDatabaseSetup(root)))
                .should().dependOnClassesThat(databaseAccess())
                .because("what a user reaches speaks to services; a query written there escapes its table's owner");
    }

    /** JDBI is used by the packages that own tables, the JDBI setup in {@code db} and {@code wiring}, nowhere else. */
    static ArchRule onlyTableOwnersUseJdbi(String root) {
        String[] allowed = TableOwners.owningPackages().stream().map(pkg -> root + "." + pkg + "..")
                .toArray(String[]::new);
        return noClasses().that().resideOutsideOfPackages(allowed)
                .and().resideOutsideOfPackages(root + ".db..", root + ".wiring..")
                .and(not(commandDatabaseSetup(root)))
                .should().dependOnClassesThat(databaseAccess())
                .because("every table is reached through the package that owns it");
    }

    /** No statement is put together on a handle: SQL lives in the annotations of SQL object interfaces. */
    static ArchRule noStatementBuiltOnAHandle(String root) {
        return noClasses().that().resideOutsideOfPackage(root + ".db..")
                .and().doNotHaveFullyQualifiedName(root + ".cli.DbCommand")
                .should().callMethodWhere(statementBuiltOnAHandle())
                .because("a SQL object declares its statements where they can be read, checked and owned "
                        + "(db runs the migrations; DbCommand reports them)");
    }

    /** SQL statements are declared on interfaces named {@code *Dao}, one per table or per owner's set of tables. */
    static ArchRule statementsAreDeclaredOnDaoInterfaces(String root) {
        return methods().that(areSqlStatements()).and().areDeclaredInClassesThat().resideInAPackage(root + "..")
                .should().beDeclaredInClassesThat().areInterfaces()
                .andShould().beDeclaredInClassesThat().haveSimpleNameEndingWith("Dao")
                .because("a reader looks for a table's statements in its package's Dao");
    }

    /** Each SQL statement writes only tables its package owns, and reads only those and the joins it may make. */
    static ArchRule statementsTouchOnlyTheirPackagesTables(String root) {
        return methods().that(areSqlStatements()).and().areDeclaredInClassesThat().resideInAPackage(root + "..")
                .should(touchOnlyTablesOfTheirPackage(root))
                .because("each table has one owning package (TableOwners)");
    }

    private static DescribedPredicate<JavaClass> commandDatabaseSetup(String root) {
        return DescribedPredicate.describe("the commands' database setup " + COMMAND_DATABASE_SETUP,
                c -> c.getPackageName().equals(root + ".cli") && COMMAND_DATABASE_SETUP.contains(c.getSimpleName()));
    }

    private static DescribedPredicate<JavaClass> databaseAccess() {
        return resideInAPackage("org.jdbi..").or(DescribedPredicate.describe("SQL objects",
                c -> c.getMethods().stream().anyMatch(PackageRules::isSqlStatement)));
    }

    private static DescribedPredicate<JavaMethodCall> statementBuiltOnAHandle() {
        Set<String> builders = Set.of("createQuery", "createUpdate", "createCall", "createScript", "prepareBatch",
                "execute", "select", "queryMetadata");
        return DescribedPredicate.describe("a statement built on a Handle", call ->
                call.getTargetOwner().isAssignableTo(Handle.class) && builders.contains(call.getName()));
    }

    private static DescribedPredicate<JavaMethod> areSqlStatements() {
        return DescribedPredicate.describe("are SQL statements (@SqlQuery, @SqlUpdate, @SqlBatch)",
                PackageRules::isSqlStatement);
    }

    private static boolean isSqlStatement(JavaMethod method) {
        return sqlOf(method).isPresent();
    }

    private static Optional<String> sqlOf(JavaMethod method) {
        return method.tryGetAnnotationOfType(SqlQuery.class).map(SqlQuery::value)
                .or(() -> method.tryGetAnnotationOfType(SqlUpdate.class).map(SqlUpdate::value))
                .or(() -> method.tryGetAnnotationOfType(SqlBatch.class).map(SqlBatch::value));
    }

    private static ArchCondition<JavaMethod> touchOnlyTablesOfTheirPackage(String root) {
        return new ArchCondition<>("write only tables of their package and read only those and allowed joins") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                String pkg = method.getOwner().getPackageName();
                String relative = pkg.startsWith(root + ".") ? pkg.substring(root.length() + 1) : pkg;
                String sql = sqlOf(method).orElse("");
                if (sql.isBlank()) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName()
                            + " declares no SQL text in its annotation"));
                    return;
                }
                SqlTables tables = SqlTables.of(sql);
                tables.written().stream().filter(table -> !TableOwners.mayWrite(relative, table)).forEach(table ->
                        events.add(SimpleConditionEvent.violated(method, method.getFullName() + " writes " + table
                                + ", owned by " + TableOwners.OWNER.getOrDefault(table, "no package yet"))));
                tables.read().stream().filter(table -> !TableOwners.mayRead(relative, table)).forEach(table ->
                        events.add(SimpleConditionEvent.violated(method, method.getFullName() + " reads " + table
                                + ", owned by " + TableOwners.OWNER.getOrDefault(table, "no package yet"))));
            }
        };
    }

    private static String parentOf(String rootPackage) {
        return rootPackage.substring(0, rootPackage.lastIndexOf('.'));
    }
}
