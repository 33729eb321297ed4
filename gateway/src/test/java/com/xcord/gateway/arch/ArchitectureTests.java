package com.xcord.gateway.arch;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * The gateway's boundaries (DESIGN §1, §8), on its production classes: a reactive application that uses only the
 * shared edge libraries, one package per feature without cycles, and one place for each cross-cutting concern.
 */
class ArchitectureTests {

    private static final String BASE = "com.xcord.gateway";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    @Test
    void isReactiveThroughout() {
        noClasses().should().dependOnClassesThat(resideInAnyPackage("jakarta.servlet..",
                        "org.springframework.web.servlet..", "org.springframework.boot.web.servlet..",
                        "org.springframework.boot.webmvc..", "org.springframework.security.web.."))
                .because("the gateway runs on Netty: a servlet type here would block an event loop or never run")
                .check(CLASSES);
    }

    @Test
    void dependsOnNoServiceModule() {
        noClasses().should().dependOnClassesThat(resideInAPackage("com.xcord..")
                        .and(DescribedPredicate.not(resideInAnyPackage(BASE + "..", "com.xcord.reactiveauth..",
                                "com.xcord.edge.."))))
                .because("the gateway routes to services over HTTP; it shares only the edge libraries")
                .check(CLASSES);
    }

    @Test
    void featuresDoNotDependOnEachOtherInCycles() {
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void featuresDoNotReachIntoTheApplicationPackage() {
        noClasses().that().resideInAPackage(BASE + ".*..")
                .should().dependOnClassesThat(resideInAPackage(BASE))
                .because("the root package only boots the application; features depend on features")
                .check(CLASSES);
    }

    @Test
    void tokensAreVerifiedOnlyByTheSharedRules() {
        noClasses().should().dependOnClassesThat(resideInAPackage("com.nimbusds.."))
                .because("reactive-auth applies edge-rules' AccessTokenRules; a second token check here would drift")
                .check(CLASSES);
    }

    @Test
    void onlyTheProblemFeatureWritesProblems() {
        noClasses().that().resideOutsideOfPackage(BASE + ".problem..")
                .should().accessField(MediaType.class, "APPLICATION_PROBLEM_JSON")
                .orShould().accessField(MediaType.class, "APPLICATION_PROBLEM_JSON_VALUE")
                .because("every error leaves through ProblemResponses, in one shape with edge-rules' problem types")
                .check(CLASSES);
    }
}
