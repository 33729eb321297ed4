package com.xcord.edge.client;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Who the client is when proxies stand in front: the TCP peer, unless the peer is a trusted proxy, in which case the
 * right-most {@code X-Forwarded-For} entry that is not itself a trusted proxy. A client can prepend anything to that
 * header, so only the entries added by trusted hops count; an entry that is not an IP literal ends the walk (the peer
 * is used). The same rule at the gateway (trusting the ingress in front of it) and at auth-service (trusting the
 * gateway).
 */
public final class ForwardedFor {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

    private final List<Cidr> trustedProxies;

    /** @param trustedProxies CIDRs such as {@code 10.0.0.0/8} or {@code ::1/128}; a bare address is a /32 or /128 */
    public ForwardedFor(List<String> trustedProxies) {
        this.trustedProxies = trustedProxies.stream().map(Cidr::parse).toList();
    }

    /** Whether any proxy is trusted (when none is, the peer is always the client). */
    public boolean trustsAnyProxy() {
        return !trustedProxies.isEmpty();
    }

    /** The client's address given the connection's peer and the request's {@code X-Forwarded-For} (may be null). */
    public String clientAddress(String peer, String forwardedFor) {
        if (!isTrusted(peer) || forwardedFor == null || forwardedFor.isBlank()) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (literal(hop) == null) {
                return peer;
            }
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return hops[0].trim();
    }

    boolean isTrusted(String address) {
        byte[] bytes = literal(address);
        return bytes != null && trustedProxies.stream().anyMatch(cidr -> cidr.contains(bytes));
    }

    /** The address's bytes if it is an IPv4 or IPv6 literal; null otherwise. Never resolves a host name. */
    static byte[] literal(String address) {
        if (address == null || address.isEmpty() || address.length() > 45) {
            return null;
        }
        if (address.indexOf(':') < 0) {
            var ipv4 = IPV4.matcher(address);
            if (!ipv4.matches()) {
                return null;
            }
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                int part = Integer.parseInt(ipv4.group(i + 1));
                if (part > 255) {
                    return null;
                }
                bytes[i] = (byte) part;
            }
            return bytes;
        }
        if (!address.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.')) {
            return null;
        }
        try {
            // with a ':' the JDK parses an IPv6 literal and never looks a name up
            return InetAddress.getByName(address.startsWith("[") ? address : "[" + address + "]").getAddress();
        } catch (UnknownHostException | RuntimeException notALiteral) {
            return null;
        }
    }

    /** An address block; IPv4-mapped IPv6 peers are compared as IPv4. */
    record Cidr(byte[] network, int prefix) {

        static Cidr parse(String text) {
            int slash = text.indexOf('/');
            String address = slash < 0 ? text.trim() : text.substring(0, slash).trim();
            byte[] network = literal(address);
            if (network == null) {
                throw new IllegalArgumentException("not an IP address block: " + text);
            }
            int prefix = slash < 0 ? network.length * 8 : Integer.parseInt(text.substring(slash + 1).trim());
            if (prefix < 0 || prefix > network.length * 8) {
                throw new IllegalArgumentException("bad prefix length in " + text);
            }
            return new Cidr(network, prefix);
        }

        boolean contains(byte[] address) {
            byte[] candidate = address.length == 16 && network.length == 4 ? mappedIpv4(address) : address;
            if (candidate == null || candidate.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (candidate[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xFF << (8 - rest) & 0xFF;
            return (candidate[full] & mask) == (network[full] & mask);
        }

        private static byte[] mappedIpv4(byte[] ipv6) {
            for (int i = 0; i < 10; i++) {
                if (ipv6[i] != 0) {
                    return null;
                }
            }
            if (ipv6[10] != (byte) 0xFF || ipv6[11] != (byte) 0xFF) {
                return null;
            }
            return new byte[] {ipv6[12], ipv6[13], ipv6[14], ipv6[15]};
        }
    }
}
