package com.xcord.auth.ratelimit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The network login throttling remembers: an IPv4 address, or an IPv6 address's /64. */
class ClientInfoTests {

    private static String network(String ip) {
        return new ClientInfo(ip, null).network();
    }

    @Test
    void anIpv4AddressIsItsOwnNetwork() {
        assertThat(network("203.0.113.7")).isEqualTo("203.0.113.7");
    }

    @Test
    void anIpv6AddressBelongsToItsSlash64HoweverItIsWritten() {
        assertThat(network("2001:db8:0:1::7")).isEqualTo("2001:db8:0:1::/64");
        assertThat(network("2001:0db8:0000:0001:abcd:ef01:2345:6789")).isEqualTo("2001:db8:0:1::/64");
        assertThat(network("2001:db8:0:2::7")).isEqualTo("2001:db8:0:2::/64");
        assertThat(network("::1")).isEqualTo("0:0:0:0::/64");
    }

    @Test
    void anIpv4MappedAddressIsTheIpv4Address() {
        assertThat(network("::ffff:203.0.113.7")).isEqualTo("203.0.113.7");
    }

    @Test
    void whatIsNotAnAddressLiteralIsKeptAsItIsWithoutAnyLookup() {
        assertThat(network("cafe")).isEqualTo("cafe");
        assertThat(network("cafe:::x")).isEqualTo("cafe:::x");
        assertThat(network(null)).isNull();
    }
}
