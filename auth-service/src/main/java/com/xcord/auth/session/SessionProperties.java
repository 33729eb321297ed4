package com.xcord.auth.session;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param refreshTtl     a session (and its refresh token) ends this long after its last refresh
 * @param activeCacheTtl how long an "active" answer for a session id is reused by the token decoder
 */
@ConfigurationProperties("xcord.auth.sessions")
record SessionProperties(@DefaultValue("30d") Duration refreshTtl, @DefaultValue("5s") Duration activeCacheTtl) {
}
