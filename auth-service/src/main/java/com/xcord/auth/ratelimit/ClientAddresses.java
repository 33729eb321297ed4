package com.xcord.auth.ratelimit;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Resolves the client address: the TCP peer, unless the peer is a trusted proxy (the gateway),
 * in which case the right-most {@code X-Forwarded-For} entry that is not itself a trusted proxy.
 * A client can prepend anything to that header, so only entries added by trusted hops count.
 */
@Component
public class ClientAddresses {

    private final List<IpAddressMatcher> trustedProxies;

    ClientAddresses(TrustedProxies properties) {
        this.trustedProxies = properties.trustedProxies().stream().map(IpAddressMatcher::new).toList();
    }

    public ClientInfo resolve(HttpServletRequest request) {
        return new ClientInfo(clientIp(request), request.getHeader(HttpHeaders.USER_AGENT));
    }

    String clientIp(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        if (!isTrusted(peer)) {
            return peer;
        }
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank()) {
            return peer;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (!isValidAddress(hop)) {
                return peer;
            }
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return hops[0].trim();
    }

    private boolean isTrusted(String address) {
        return isValidAddress(address) && trustedProxies.stream().anyMatch(m -> m.matches(address));
    }

    /** Literal IPv4/IPv6 only: never resolve a host name found in a header. */
    private static boolean isValidAddress(String address) {
        return address != null && !address.isEmpty() && address.length() <= 45
                && address.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == '.' || c == ':');
    }

    /** @param trustedProxies CIDRs whose {@code X-Forwarded-For} is believed; loopback by default */
    @ConfigurationProperties("xcord.auth")
    record TrustedProxies(@DefaultValue({"127.0.0.0/8", "::1/128"}) List<String> trustedProxies) {
    }
}
