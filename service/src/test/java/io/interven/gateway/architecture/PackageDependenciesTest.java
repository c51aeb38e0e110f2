package io.interven.gateway.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The service's packages depend on each other in one direction only (see {@link PackageRules}). */
class PackageDependenciesTest {
    private static JavaClasses service;

    @BeforeAll
    static void importService() {
        service = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(PackageRules.SERVICE);
    }

    @Test
    void noPackageImportsAPackageThatImportsItBack() {
        PackageRules.noPackageCycles(PackageRules.SERVICE).check(service);
    }

    @Test
    void thePipelineDoesNotReachUpToApprovalsTracesOrHttp() {
        PackageRules.pipelineStaysBelowItsUsers().check(service);
    }

    @Test
    void tracesKeepTheirOwnRecords() {
        PackageRules.tracesDoNotStoreAnswerShapes().check(service);
    }

    @Test
    void policiesDoNotKnowTheHttpLayer() {
        PackageRules.policiesDoNotKnowTheHttpLayer().check(service);
    }

    @Test
    void resourcesCommandsAndApiShapesGetServicesNotTheDatabase() {
        PackageRules.userFacingCodeGetsServicesNotTheDatabase(PackageRules.SERVICE).check(service);
    }

    @Test
    void onlyThePackagesThatOwnTablesUseJdbi() {
        PackageRules.onlyTableOwnersUseJdbi(PackageRules.SERVICE).check(service);
    }

    @Test
    void noStatementIsBuiltOnAHandle() {
        PackageRules.noStatementBuiltOnAHandle(PackageRules.SERVICE).check(service);
    }

    @Test
    void sqlStatementsAreDeclaredOnDaoInterfaces() {
        PackageRules.statementsAreDeclaredOnDaoInterfaces(PackageRules.SERVICE).check(service);
    }

    @Test
    void eachTableIsWrittenAndReadByTheSqlObjectsOfItsOwner() {
        PackageRules.statementsTouchOnlyTheirPackagesTables(PackageRules.SERVICE).check(service);
    }

    @Test
    void theApplicationOnlyListsItsAreas() {
        PackageRules.applicationOnlyListsAreas().check(service);
    }
}
