package com.xcord.realtime.ws;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class OriginPolicyTests {

    private final OriginPolicy policy = new OriginPolicy(List.of("http://localhost:5173"));
    private final InetSocketAddress host = InetSocketAddress.createUnresolved("127.0.0.1", 8085);

    @Test
    void aClientWithoutOriginIsNotABrowserPageAndMayConnect() {
        assertThat(policy.allows(null, host)).isTrue();
    }

    @Test
    void allowlistedWebAppsMayConnect() {
        assertThat(policy.allows("http://localhost:5173", host)).isTrue();
    }

    @Test
    void theOriginTheGatewaysNettyClientInventsIsSameOriginAndMayConnect() {
        assertThat(policy.allows("http://127.0.0.1:8085", host)).isTrue();
    }

    @Test
    void otherSitesAreRefused() {
        assertThat(policy.allows("https://evil.example", host)).isFalse();
        assertThat(policy.allows("http://127.0.0.1:9999", host)).isFalse();
        assertThat(policy.allows("http://127.0.0.1.evil.example:8085", host)).isFalse();
        assertThat(policy.allows("not a uri at all", host)).isFalse();
        assertThat(policy.allows("http://127.0.0.1:8085", null)).isFalse();
    }
}
