package com.xcord.deploy.helm;

import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class GatewayIngressTests {

    @Test
    void everythingEntersThroughTheGatewayWithWebSocketTimeouts() {
        Ingress ingress = Chart.render(Chart.PRODUCTION_VALUES).get(Ingress.class, "gateway");

        assertThat(ingress.getMetadata().getAnnotations())
                .containsEntry("nginx.ingress.kubernetes.io/proxy-read-timeout", "3600")
                .containsEntry("nginx.ingress.kubernetes.io/proxy-send-timeout", "3600");
        assertThat(ingress.getSpec().getIngressClassName()).isEqualTo("nginx");
        assertThat(ingress.getSpec().getTls()).singleElement().satisfies(tls -> {
            assertThat(tls.getSecretName()).isEqualTo("xcord-example-com-tls");
            assertThat(tls.getHosts()).containsExactly("xcord.example.com");
        });
        assertThat(ingress.getSpec().getRules()).singleElement().satisfies(rule -> {
            assertThat(rule.getHost()).isEqualTo("xcord.example.com");
            assertThat(rule.getHttp().getPaths()).singleElement().satisfies(path -> {
                // one prefix for REST and /ws alike: the gateway routes both
                assertThat(path.getPath()).isEqualTo("/");
                assertThat(path.getPathType()).isEqualTo("Prefix");
                assertThat(path.getBackend().getService().getName()).isEqualTo("gateway");
                assertThat(path.getBackend().getService().getPort().getName()).isEqualTo("http");
            });
        });
    }

    @Test
    void theDefaultIngressAnswersAnyHostAndIsTheOnlyOne() {
        Manifests manifests = Chart.render(null);

        assertThat(manifests.ofType(Ingress.class)).singleElement().satisfies(ingress -> {
            assertThat(ingress.getMetadata().getName()).isEqualTo("gateway");
            assertThat(ingress.getSpec().getRules()).singleElement().satisfies(rule -> assertThat(rule.getHost()).isNull());
            assertThat(ingress.getMetadata().getAnnotations()).containsEntry("nginx.ingress.kubernetes.io/proxy-read-timeout", "3600");
        });
    }

    @Test
    void noIngressWhenDisabled() {
        assertThat(Chart.render(null, Map.of("ingress.enabled", false)).ofType(Ingress.class)).isEmpty();
    }

    @Test
    void restrictedEgressStillReachesDnsAndTheFleet() {
        NetworkPolicy policy = Chart.render(Chart.PRODUCTION_VALUES).get(NetworkPolicy.class, "feed-service");

        assertThat(policy.getSpec().getPolicyTypes()).containsExactly("Ingress", "Egress");
        assertThat(policy.getSpec().getEgress()).anySatisfy(rule -> assertThat(rule.getPorts())
                .anySatisfy(port -> assertThat(port.getPort().getIntVal()).isEqualTo(53)));
        assertThat(policy.getSpec().getEgress()).anySatisfy(rule -> assertThat(rule.getTo()).anySatisfy(peer ->
                assertThat(peer.getPodSelector().getMatchLabels()).containsEntry("app.kubernetes.io/part-of", "xcord")));
        assertThat(policy.getSpec().getEgress()).anySatisfy(rule -> assertThat(rule.getPorts())
                .anySatisfy(port -> assertThat(port.getPort().getIntVal()).isEqualTo(5432)));
    }
}
