package io.innovation.pipeline.platform.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The shape every back-end keeps: {@code api → stream → domain}, never back; {@code config} wires them; the
 * domain is plain Java that speaks only the contracts.
 */
public final class LayeringRules {
    private LayeringRules() {
    }

    public static void check(String servicePackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(servicePackage);

        noClasses().that().resideInAPackage(servicePackage + ".domain..")
                .should().dependOnClassesThat().resideOutsideOfPackages(
                        "java..", "io.innovation.pipeline.contracts..", servicePackage + ".domain..")
                .because("the domain is plain Java: no Spring, no Kafka, no other layer")
                .check(classes);

        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("api").definedBy(servicePackage + ".api..")
                .layer("stream").definedBy(servicePackage + ".stream..")
                .layer("domain").definedBy(servicePackage + ".domain..")
                .layer("config").definedBy(servicePackage + ".config..")
                .whereLayer("api").mayOnlyBeAccessedByLayers("config")
                .whereLayer("stream").mayOnlyBeAccessedByLayers("api", "config")
                .whereLayer("domain").mayOnlyBeAccessedByLayers("api", "stream", "config")
                .whereLayer("config").mayOnlyBeAccessedByLayers("api")
                .check(classes);
    }
}
