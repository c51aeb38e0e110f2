package io.interven.gateway.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import io.interven.gateway.architecture.persistencefixture.approval.FixtureApprovalDao;
import io.interven.gateway.architecture.persistencefixture.scan.HandBuiltQuery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The persistence rules are not vacuous: test packages that break them (a resource holding a SQL object, a command
 * holding a Jdbi, SQL built on a handle, a query object not named Dao, statements on another package's tables or
 * on a table without owner, a query left in db) are reported, each by name, and allowed code is not.
 */
class PersistenceRulesBiteTest {
    private static final String FIXTURE = "io.interven.gateway.architecture.persistencefixture";
    private static JavaClasses fixture;

    @BeforeAll
    static void importFixture() {
        fixture = new ClassFileImporter().importPackages(FIXTURE);
        assertThat(fixture.contain(FixtureApprovalDao.class) && fixture.contain(HandBuiltQuery.class)).isTrue();
    }

    private static String violations(ArchRule rule) {
        Throwable failure = catchThrowable(() -> rule.check(fixture));
        assertThat(failure).as(rule.getDescription()).isInstanceOf(AssertionError.class);
        return failure.getMessage();
    }

    @Test
    void aResourceOrCommandHandedTheDatabaseIsReported() {
        assertThat(violations(PackageRules.userFacingCodeGetsServicesNotTheDatabase(FIXTURE)))
                .contains("FixtureResource").contains("FixtureApprovalDao")
                .contains("FixtureCommand").contains("org.jdbi.v3.core.Jdbi");
    }

    @Test
    void jdbiOutsideTheOwnersOfTablesIsReported() {
        assertThat(violations(PackageRules.onlyTableOwnersUseJdbi(FIXTURE)))
                .contains("HandBuiltQuery").contains("FixtureResource")
                .doesNotContain("LeftoverDao").doesNotContain("TraceQueries");
    }

    @Test
    void aStatementBuiltOnAHandleIsReported() {
        assertThat(violations(PackageRules.noStatementBuiltOnAHandle(FIXTURE)))
                .contains("HandBuiltQuery.traces").contains("createQuery");
    }

    @Test
    void aQueryObjectNotNamedDaoIsReported() {
        assertThat(violations(PackageRules.statementsAreDeclaredOnDaoInterfaces(FIXTURE)))
                .contains("TraceQueries").doesNotContain("FixtureApprovalDao").doesNotContain("LeftoverDao");
    }

    @Test
    void statementsOnTablesOfAnotherOwnerAreReported() {
        String violations = violations(PackageRules.statementsTouchOnlyTheirPackagesTables(FIXTURE));

        assertThat(violations)
                .contains("writesAnotherPackagesTable() writes traces, owned by trace")
                .contains("readsAnotherPackagesTable() reads tenants, owned by tenancy")
                .contains("readsATableWithoutOwner() reads audit_log, owned by no package yet")
                .contains("LeftoverDao.names() reads tenants, owned by tenancy")
                .doesNotContain("ownTable()").doesNotContain("allowedJoin()");
    }

}
