package io.interven.gateway.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.interven.gateway.architecture.cyclefixture.left.LeftSide;
import io.interven.gateway.architecture.cyclefixture.right.RightSide;
import org.junit.jupiter.api.Test;

/** The cycle rule is not vacuous: two test packages that import each other break it, naming both. */
class PackageCycleRuleBitesTest {
    private static final String FIXTURE = "io.interven.gateway.architecture.cyclefixture";

    @Test
    void twoPackagesThatImportEachOtherAreReported() {
        JavaClasses fixture = new ClassFileImporter().importPackages(FIXTURE);
        assertThat(fixture.contain(LeftSide.class) && fixture.contain(RightSide.class)).isTrue();

        assertThatThrownBy(() -> PackageRules.noPackageCycles(FIXTURE + ".left").check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected")
                .hasMessageContaining("left").hasMessageContaining("right");
    }
}
