package com.xcord.realtime;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.xcord.realtime.projection.Audiences;
import com.xcord.realtime.projection.CatchUp;
import com.xcord.realtime.projection.EventRoutes;
import com.xcord.realtime.projection.SubscribableStreams;
import com.xcord.realtime.protocol.DispatchPayload;
import com.xcord.servicekit.test.ServiceArchitecture;
import org.junit.jupiter.api.Test;

/**
 * The boundaries of DESIGN §8 (see {@link ServiceArchitecture}: no other service's code, no cycles between
 * packages), and realtime's own: the routes never see a socket, delivery knows no socket, and the socket layer
 * asks the projection only through its query interfaces.
 */
class ArchitectureTests extends ServiceArchitecture {

    /** Where sockets, sessions and their ops live. */
    private static final String[] SOCKET_LAYER = {"..realtime.ws..", "..realtime.ops..", "..realtime.session.."};

    ArchitectureTests() {
        super("com.xcord.realtime", "com.xcord.permissions..", "com.xcord.reactiveauth..");
    }

    @Test
    void staysOffTheServletStackOfServiceKit() {
        noClasses().should().dependOnClassesThat().resideInAPackage("com.xcord.servicekit..")
                .because("realtime is a WebFlux app; service-kit brings the servlet stack and JDBC")
                .check(productionClasses());
    }

    @Test
    void routesDoNotDependOnTheSocketLayer() {
        noClasses().that().resideInAPackage("..realtime.routes..")
                .should().dependOnClassesThat().resideInAnyPackage(SOCKET_LAYER)
                .orShould().dependOnClassesThat().resideInAnyPackage("..realtime.ready..", "..realtime.presence..",
                        "..realtime.typing..", "..realtime.resume..")
                .because("a producer's routes decide who receives what and hand views to delivery, nothing more")
                .check(productionClasses());
    }

    @Test
    void deliveryAndTheProjectionDoNotKnowSockets() {
        noClasses().that().resideInAnyPackage("..realtime.delivery..", "..realtime.projection..",
                        "..realtime.protocol..")
                .should().dependOnClassesThat().resideInAnyPackage(SOCKET_LAYER)
                .check(productionClasses());
    }

    @Test
    void theProtocolDependsOnNothingElseOfTheService() {
        noClasses().that().resideInAPackage("..realtime.protocol..")
                .should().dependOnClassesThat(resideInAPackage("com.xcord.realtime..")
                        .and(DescribedPredicate.not(resideInAPackage("..realtime.protocol.."))))
                .check(productionClasses());
    }

    @Test
    void outsideTheRoutesTheProjectionIsAskedOnlyThroughItsQueryInterfaces() {
        noClasses().that().resideOutsideOfPackages("..realtime.projection..", "..realtime.routes..")
                .should().dependOnClassesThat(resideInAPackage("..realtime.projection..")
                        .and(DescribedPredicate.not(oneOf(Audiences.class, CatchUp.class,
                                SubscribableStreams.class))))
                .because("ops, relays and READY must not reach into the projection's model or its writes")
                .check(productionClasses());
    }

    @Test
    void aProducersRoutesLiveInItsRoutePackage() {
        classes().that().implement(EventRoutes.class)
                .should().resideInAPackage("..realtime.routes.(*)")
                .check(productionClasses());
    }

    @Test
    void dispatchViewsAreRecords() {
        classes().that().areAnnotatedWith(DispatchPayload.class).should().beRecords()
                .check(productionClasses());
    }

    private static DescribedPredicate<JavaClass> oneOf(Class<?>... types) {
        DescribedPredicate<JavaClass> any = DescribedPredicate.alwaysFalse();
        for (Class<?> type : types) {
            any = any.or(equivalentTo(type));
        }
        return any;
    }
}
