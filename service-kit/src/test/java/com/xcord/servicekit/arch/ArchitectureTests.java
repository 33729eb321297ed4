package com.xcord.servicekit.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The kit's own boundaries: features do not form cycles, and the kit knows no service. */
class ArchitectureTests {

    private final JavaClasses kit = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.xcord.servicekit");

    @Test
    void featurePackagesAreFreeOfCycles() {
        slices().matching("com.xcord.servicekit.(*)..").should().beFreeOfCycles().check(kit);
    }

    @Test
    void theKitDependsOnNoServiceAndNoTestCode() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("com.xcord.auth..", "com.xcord.feed..",
                "com.xcord.dm..", "com.xcord.server..", "com.xcord.testkit..", "com.xcord.servicekit.test..",
                "com.xcord.servicekit.testapp..").check(kit);
    }

    @Test
    void webAndErrorTypesDoNotReachIntoPersistenceFeatures() {
        noClasses().that().resideInAPackage("com.xcord.servicekit.web..").should().dependOnClassesThat()
                .resideInAnyPackage("com.xcord.servicekit.outbox..", "com.xcord.servicekit.consumer..",
                        "com.xcord.servicekit.idempotency..", "com.xcord.servicekit.id..")
                .check(kit);
    }
}
