package com.xcord.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Settings of notification-service ({@code xcord.notification.*}).
 *
 * @param groupWindow        likes, reposts and follows of one subject join one group while the group's latest
 *                           notification is younger than this
 * @param sampleActors       how many of a group's latest actors its line shows
 * @param largeServerMembers above this many members a server's default level is {@code mentions}, else {@code all}
 * @param dmDelay            a DM becomes a {@code dm_message} notification when its recipient has not read it
 *                           within this delay
 * @param fanoutBatch        rows one transaction of the mention fan-out writes (an @everyone or a role mention)
 * @param jobInterval        how often the fan-out and the DM delay jobs look for work
 * @param email              the email digest
 */
@ConfigurationProperties("xcord.notification")
public record NotificationProperties(@DefaultValue("24h") Duration groupWindow, @DefaultValue("3") int sampleActors,
        @DefaultValue("250") int largeServerMembers, @DefaultValue("5m") Duration dmDelay,
        @DefaultValue("1000") int fanoutBatch, @DefaultValue("200ms") Duration jobInterval,
        @DefaultValue Email email) {

    /**
     * @param enabled           whether digests are sent at all
     * @param interval          at most one digest per user per interval
     * @param checkInterval     how often the job looks for users due a digest
     * @param from              the sender address
     * @param publicUrl         where the gateway is reachable from a mail reader: the unsubscribe link's base
     * @param unsubscribeSecret the HMAC key of the unsubscribe tokens (at least 32 characters in production)
     * @param maxItems          most notifications one digest lists
     */
    public record Email(@DefaultValue("true") boolean enabled, @DefaultValue("1h") Duration interval,
            @DefaultValue("30s") Duration checkInterval,
            @DefaultValue("XCORD <notifications@xcord.local>") String from,
            @DefaultValue("http://localhost:8080") String publicUrl,
            @DefaultValue("xcord-dev-unsubscribe-secret-change-me-0123456789") String unsubscribeSecret,
            @DefaultValue("20") int maxItems) {
    }
}
