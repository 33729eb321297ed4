package com.xcord.auth.ratelimit;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressesTests {

    private final ClientAddresses addresses = new ClientAddresses(
            new ClientAddresses.TrustedProxies(List.of("127.0.0.0/8", "::1/128", "10.0.0.0/8")));

    private String ip(String peer, String forwardedFor) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(peer);
        if (forwardedFor != null) {
            request.addHeader("X-Forwarded-For", forwardedFor);
        }
        return addresses.resolve(request).ip();
    }

    @Test
    void anUntrustedPeerIsTheClientWhateverItClaims() {
        assertThat(ip("203.0.113.7", "198.51.100.1")).isEqualTo("203.0.113.7");
    }

    @Test
    void aTrustedProxyIsBelievedAndTrustedHopsAreSkipped() {
        assertThat(ip("127.0.0.1", "198.51.100.1")).isEqualTo("198.51.100.1");
        assertThat(ip("127.0.0.1", "198.51.100.1, 10.1.2.3")).isEqualTo("198.51.100.1");
        assertThat(ip("0:0:0:0:0:0:0:1", "2001:db8::1")).isEqualTo("2001:db8::1");
    }

    @Test
    void aClientCannotSpoofByPrependingEntries() {
        assertThat(ip("127.0.0.1", "1.2.3.4, 198.51.100.1")).isEqualTo("198.51.100.1");
    }

    @Test
    void garbageInTheHeaderFallsBackToThePeer() {
        assertThat(ip("127.0.0.1", "evil.example.com")).isEqualTo("127.0.0.1");
        assertThat(ip("127.0.0.1", "")).isEqualTo("127.0.0.1");
        assertThat(ip("127.0.0.1", null)).isEqualTo("127.0.0.1");
    }
}
