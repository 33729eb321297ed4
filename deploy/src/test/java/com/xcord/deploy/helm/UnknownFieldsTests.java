package com.xcord.deploy.helm;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The check every rendered object goes through catches what a parse alone lets pass. */
class UnknownFieldsTests {

    @Test
    void aMisspelledFieldAtAnyDepthIsFound() {
        Manifests manifests = Manifests.parse("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: feed-service
                spec:
                  replica: 2
                  template:
                    spec:
                      containers:
                        - name: feed-service
                          image: ghcr.io/xcord/feed-service:0.1.0
                          readinesProbe:
                            httpGet: { path: /actuator/health/readiness, port: http }
                          securityContext:
                            readOnlyRootFileSystem: true
                """);

        assertThat(UnknownFields.in(manifests.all().get(0).object())).containsExactlyInAnyOrder(
                "Deployment.spec.replica",
                "Deployment.spec.template.spec.containers[0].readinesProbe",
                "Deployment.spec.template.spec.containers[0].securityContext.readOnlyRootFileSystem");
    }

    @Test
    void aWellFormedObjectHasNone() {
        Manifests manifests = Manifests.parse("""
                apiVersion: v1
                kind: Service
                metadata:
                  name: feed-service
                spec:
                  selector: { app.kubernetes.io/name: feed-service }
                  ports: [{ name: http, port: 8082, targetPort: http }]
                """);

        assertThat(UnknownFields.in(manifests.all().get(0).object())).isEmpty();
    }
}
