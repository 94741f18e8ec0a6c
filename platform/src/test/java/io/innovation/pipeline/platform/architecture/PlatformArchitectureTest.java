package io.innovation.pipeline.platform.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** platform is what the back-ends share, so it knows none of them. */
class PlatformArchitectureTest {

    @Test
    void platformDependsOnNoService() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "io.innovation.pipeline.idea..", "io.innovation.pipeline.evaluation..",
                        "io.innovation.pipeline.roadmap..", "io.innovation.pipeline.gateway..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.innovation.pipeline.platform"));
    }
}
