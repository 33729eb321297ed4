package com.xcord.realtime;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The WebSocket gateway's knobs ({@code xcord.realtime.*}).
 *
 * @param heartbeatInterval   sent in HELLO; a socket silent for {@code heartbeatInterval * heartbeatTolerance} closes (4009)
 * @param heartbeatTolerance  how many intervals a client may miss (Discord: about 1.5)
 * @param identifyTimeout     IDENTIFY or RESUME must arrive within this (4003)
 * @param maxFrameBytes       bigger frames close the socket with 1009
 * @param rateLimitFrames     frames a client may send per {@code rateLimitWindow} (4008 beyond)
 * @param rateLimitWindow     the window of the per-socket rate limit
 * @param outboundQueue       frames queued for a socket that does not read; beyond that it is closed (4010)
 * @param resumeBufferSize    DISPATCH frames kept per session for RESUME
 * @param resumeTtl           how long a session stays resumable after its last activity
 * @param allowedOrigins      browsers' {@code Origin}s accepted on the upgrade; a request without Origin (a
 *                            non-browser client) is accepted, any other Origin refused (403)
 * @param presenceTtl         a device's presence expires unless its socket's heartbeats refresh it
 * @param typingTtl           a TYPING_START is valid this long (the client hides it afterwards)
 * @param typingThrottle      one TYPING per socket and channel/conversation per this period is relayed
 * @param writeTimeout        a write to a client not completed within this closes its connection
 * @param shutdownHandoff     on shutdown, how long to keep buffering for sessions not yet resumed elsewhere
 * @param maxSubscriptions    opt-in streams (SUBSCRIBE) a session may follow at once; further SUBSCRIBEs are ignored
 * @param recentPosts         how many recent posts' audiences the projection remembers, so that a POST_DELETE
 *                            (whose event does not repeat the audience) reaches exactly the post's audience
 * @param largeServer         a server with more members than this is "large": its members' presence changes
 *                            are not pushed to each other (friends still get them). Otherwise every sign-in
 *                            in a server of N members costs N frames, N² when they all connect — Discord's
 *                            {@code large_threshold} (at most 250) makes the same trade.
 * @param replicaId           this replica's name in Redis (owner of the sessions it serves)
 */
@ConfigurationProperties("xcord.realtime")
public record RealtimeProperties(
        @DefaultValue("41250ms") Duration heartbeatInterval,
        @DefaultValue("1.5") double heartbeatTolerance,
        @DefaultValue("10s") Duration identifyTimeout,
        @DefaultValue("65536") int maxFrameBytes,
        @DefaultValue("120") int rateLimitFrames,
        @DefaultValue("60s") Duration rateLimitWindow,
        @DefaultValue("1000") int outboundQueue,
        @DefaultValue("500") int resumeBufferSize,
        @DefaultValue("3m") Duration resumeTtl,
        @DefaultValue({"http://localhost:3000", "http://localhost:5173", "http://localhost:8080"}) List<String> allowedOrigins,
        @DefaultValue("90s") Duration presenceTtl,
        @DefaultValue("10s") Duration typingTtl,
        @DefaultValue("5s") Duration typingThrottle,
        @DefaultValue("30s") Duration writeTimeout,
        @DefaultValue("10s") Duration shutdownHandoff,
        @DefaultValue("50") int maxSubscriptions,
        @DefaultValue("20000") int recentPosts,
        @DefaultValue("250") int largeServer,
        String replicaId) {
}
