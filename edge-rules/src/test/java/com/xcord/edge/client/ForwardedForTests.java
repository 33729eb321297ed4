package com.xcord.edge.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ForwardedForTests {

    private final ForwardedFor proxies = new ForwardedFor(List.of("127.0.0.0/8", "::1/128", "10.0.0.0/8",
            "172.16.0.0/12", "2001:db8:ffff::/48"));

    @Test
    void anUntrustedPeerIsTheClientWhateverItClaims() {
        assertThat(proxies.clientAddress("203.0.113.7", "198.51.100.1")).isEqualTo("203.0.113.7");
    }

    @Test
    void aTrustedProxyIsBelievedAndTrustedHopsAreSkipped() {
        assertThat(proxies.clientAddress("127.0.0.1", "198.51.100.1")).isEqualTo("198.51.100.1");
        assertThat(proxies.clientAddress("10.1.0.9", "198.51.100.1, 10.1.2.3")).isEqualTo("198.51.100.1");
        assertThat(proxies.clientAddress("172.31.255.1", "198.51.100.1")).isEqualTo("198.51.100.1");
        assertThat(proxies.clientAddress("0:0:0:0:0:0:0:1", "2001:db8::1")).isEqualTo("2001:db8::1");
        assertThat(proxies.clientAddress("2001:db8:ffff:1::5", "2001:db8:1::7")).isEqualTo("2001:db8:1::7");
    }

    @Test
    void aClientCannotSpoofByPrependingEntries() {
        assertThat(proxies.clientAddress("127.0.0.1", "1.2.3.4, 198.51.100.1")).isEqualTo("198.51.100.1");
    }

    @Test
    void blockBoundariesAreExact() {
        assertThat(proxies.clientAddress("172.32.0.1", "198.51.100.1")).as("outside /12").isEqualTo("172.32.0.1");
        assertThat(proxies.clientAddress("11.0.0.1", "198.51.100.1")).isEqualTo("11.0.0.1");
        assertThat(proxies.clientAddress("::ffff:10.0.0.1", "198.51.100.1")).as("IPv4-mapped peer")
                .isEqualTo("198.51.100.1");
    }

    @Test
    void garbageInTheHeaderFallsBackToThePeerAndNothingIsLookedUp() {
        assertThat(proxies.clientAddress("127.0.0.1", "evil.example.com")).isEqualTo("127.0.0.1");
        assertThat(proxies.clientAddress("127.0.0.1", "abc")).as("hex-looking names").isEqualTo("127.0.0.1");
        assertThat(proxies.clientAddress("127.0.0.1", "999.1.1.1")).isEqualTo("127.0.0.1");
        assertThat(proxies.clientAddress("127.0.0.1", "")).isEqualTo("127.0.0.1");
        assertThat(proxies.clientAddress("127.0.0.1", null)).isEqualTo("127.0.0.1");
    }

    @Test
    void noTrustedProxyMeansThePeerAlways() {
        ForwardedFor edge = new ForwardedFor(List.of());
        assertThat(edge.trustsAnyProxy()).isFalse();
        assertThat(edge.clientAddress("127.0.0.1", "198.51.100.1")).isEqualTo("127.0.0.1");
    }

    @Test
    void aBadBlockIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new ForwardedFor(List.of("example.com/8"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ForwardedFor(List.of("10.0.0.0/33"))).isInstanceOf(IllegalArgumentException.class);
    }
}
