package com.xcord.servicekit.test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.List;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The boundaries of DESIGN §8, checked on a service's production classes. A service's
 * {@code ArchitectureTests} extends this with its base package (and adds rules of its own):
 * <pre>
 * class ArchitectureTests extends ServiceArchitecture {
 *     ArchitectureTests() { super("com.xcord.dm"); }
 * }
 * </pre>
 */
public abstract class ServiceArchitecture {

    private final String basePackage;
    private final List<String> allowedXcordPackages = new ArrayList<>();
    private final JavaClasses classes;

    /**
     * @param basePackage the service's root package, e.g. {@code com.xcord.dm}
     * @param alsoAllowed further XCORD libraries it may use besides common-events, service-kit
     *                    and edge-rules, e.g. {@code com.xcord.permissions..}
     */
    protected ServiceArchitecture(String basePackage, String... alsoAllowed) {
        this.basePackage = basePackage;
        allowedXcordPackages.addAll(List.of(basePackage + "..", "com.xcord.events..", "com.xcord.servicekit..",
                "com.xcord.edge.."));
        allowedXcordPackages.addAll(List.of(alsoAllowed));
        this.classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
    }

    protected JavaClasses productionClasses() {
        return classes;
    }

    @Test
    void dependsOnNoOtherServiceModule() {
        noClasses().that().resideInAPackage(basePackage + "..")
                .should().dependOnClassesThat(resideInAPackage("com.xcord..")
                        .and(DescribedPredicate.not(resideInAnyPackage(allowedXcordPackages.toArray(String[]::new)))))
                .because("a service talks to others through events and HTTP, never through their code")
                .check(classes);
    }

    @Test
    void aRepositoryIsUsedOnlyByItsOwnFeature() {
        classes().that().areAnnotatedWith(Repository.class).or().haveSimpleNameEndingWith("Repository")
                .should(beAccessedOnlyFromTheirOwnPackage())
                .because("a feature reaches another feature's data through that feature's public API")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void featuresDoNotDependOnEachOtherInCycles() {
        slices().matching(basePackage + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    private static ArchCondition<JavaClass> beAccessedOnlyFromTheirOwnPackage() {
        return new ArchCondition<>("be accessed only from their own package") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                repository.getAccessesToSelf().forEach(access -> {
                    if (!access.getOrigin().getOwner().getPackageName().equals(repository.getPackageName())) {
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
