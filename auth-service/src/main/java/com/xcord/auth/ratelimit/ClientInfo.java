package com.xcord.auth.ratelimit;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** Who is calling, as far as we can tell: the client address and its User-Agent (may be null). */
public record ClientInfo(String ip, String userAgent) {

    static final int MAX_USER_AGENT = 512;

    public ClientInfo {
        if (userAgent != null && userAgent.length() > MAX_USER_AGENT) {
            userAgent = userAgent.substring(0, MAX_USER_AGENT);
        }
    }

    /**
     * The client's network as login throttling remembers it: an IPv4 address as is, an IPv6 address
     * as its /64 ({@code 2001:db8:0:1::/64}), one subscriber's prefix inside which privacy addresses
     * rotate. Anything that is not an IPv6 literal is returned unchanged.
     */
    public String network() {
        if (ip == null || ip.indexOf(':') < 0) {
            return ip;
        }
        try {
            // brackets make InetAddress parse a literal or fail: never a DNS lookup
            InetAddress address = InetAddress.getByName("[" + ip + "]");
            if (!(address instanceof Inet6Address)) {
                return address.getHostAddress(); // an IPv4-mapped address
            }
            byte[] bytes = address.getAddress();
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
            }
            return prefix.append(":/64").toString();
        } catch (UnknownHostException e) {
            return ip;
        }
    }
}
