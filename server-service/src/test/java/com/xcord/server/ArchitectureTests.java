package com.xcord.server;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Repository;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The boundaries of DESIGN §8, checked on the production classes. */
class ArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.xcord.server");

    @Test
    void dependsOnNoOtherServiceModule() {
        noClasses().that().resideInAPackage("com.xcord.server..")
                .should().dependOnClassesThat(resideInAPackage("com.xcord..")
                        .and(DescribedPredicate.not(resideInAnyPackage("com.xcord.server..", "com.xcord.events..", "com.xcord.permissions..",
                                "com.xcord.servicekit.."))))
                .because("a service talks to others through events and HTTP, never through their code")
                .check(CLASSES);
    }

    @Test
    void aRepositoryIsUsedOnlyByItsOwnFeature() {
        classes().that().areAnnotatedWith(Repository.class).or().haveSimpleNameEndingWith("Repository")
                .should(beAccessedOnlyFromTheirOwnPackage())
                .because("a feature reaches another feature's data through that feature's public API")
                .check(CLASSES);
    }

    @Test
    void featuresDoNotDependOnEachOtherInCycles() {
        slices().matching("com.xcord.server.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    private static ArchCondition<JavaClass> beAccessedOnlyFromTheirOwnPackage() {
        return new ArchCondition<>("be accessed only from their own package") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                repository.getAccessesToSelf().forEach(access -> {
                    JavaCodeUnit origin = access.getOrigin();
                    boolean samePackage = origin.getOwner().getPackageName().equals(repository.getPackageName());
                    if (!samePackage) {
                        events.add(SimpleConditionEvent.violated(access, access.getDescription()));
                    }
                });
                repository.getDirectDependenciesToSelf().forEach(dependency -> {
                    if (!dependency.getOriginClass().getPackageName().equals(repository.getPackageName())) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                });
            }
        };
    }
}
