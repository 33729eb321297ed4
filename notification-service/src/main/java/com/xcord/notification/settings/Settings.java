package com.xcord.notification.settings;

import com.xcord.notification.inbox.NotificationType;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The users' notification settings as the other features ask them: may this type reach the inbox, which types go to
 * the email digest, and does a mention in this channel notify this member (Discord's model: the channel's level,
 * else the server's, else the default for the server's size; {@code nothing} silences everything, a mute lets only
 * direct mentions through, {@code suppressEveryone} drops @everyone and @here).
 */
@Service
public class Settings {

    /** How a member was mentioned: by name, through a role, or by @everyone/@here. */
    public enum MentionKind { DIRECT, ROLE, EVERYONE }

    private final SettingsRepository repository;

    Settings(SettingsRepository repository) {
        this.repository = repository;
    }

    public boolean inApp(long userId, NotificationType type) {
        return repository.typeSetting(userId, type).map(SettingsRepository.TypeRow::inApp).orElse(true);
    }

    /** Of {@code userIds}, those who keep {@code type} in the app (one query for the lot). */
    public List<Long> withInApp(Collection<Long> userIds, NotificationType type) {
        Set<Long> off = repository.inAppOff(userIds, type);
        return userIds.stream().filter(id -> !off.contains(id)).toList();
    }

    public Set<NotificationType> emailTypes(long userId) {
        Set<NotificationType> types = EnumSet.noneOf(NotificationType.class);
        Map<NotificationType, SettingsRepository.TypeRow> rows = repository.typeSettings(userId);
        for (NotificationType type : NotificationType.values()) {
            SettingsRepository.TypeRow row = rows.get(type);
            if (row != null ? row.email() && row.inApp() : type.emailByDefault()) {
                types.add(type);
            }
        }
        return types;
    }

    public boolean digestEnabled(long userId) {
        return !repository.unsubscribed(userId);
    }

    /** The unsubscribe link of a digest: no more digests until the user turns them on again in the settings. */
    public void unsubscribe(long userId) {
        repository.setUnsubscribed(userId, true);
    }

    /**
     * Of {@code userIds} (members of the channel's server who may view it), those a mention of this kind notifies.
     *
     * @param largeServer the server is above the size where the default level is {@code mentions}
     */
    public List<Long> mentioned(Collection<Long> userIds, long serverId, long channelId, MentionKind kind,
            boolean largeServer, Instant now) {
        Map<Long, SettingsRepository.ScopeRow> servers = repository.scopes(userIds, Scope.SERVER, serverId);
        Map<Long, SettingsRepository.ScopeRow> channels = repository.scopes(userIds, Scope.CHANNEL, channelId);
        List<Long> notified = new ArrayList<>(userIds.size());
        for (long userId : userIds) {
            if (notifies(servers.get(userId), channels.get(userId), kind, largeServer, now)) {
                notified.add(userId);
            }
        }
        return notified;
    }

    static boolean notifies(SettingsRepository.ScopeRow server, SettingsRepository.ScopeRow channel, MentionKind kind,
            boolean largeServer, Instant now) {
        Level level = effective(channel, server, largeServer);
        if (level == Level.NOTHING) {
            return false;
        }
        boolean suppressEveryone = server != null && server.suppressEveryone()
                || channel != null && channel.suppressEveryone();
        if (kind == MentionKind.EVERYONE && suppressEveryone) {
            return false;
        }
        boolean muted = server != null && server.mutedAt(now) || channel != null && channel.mutedAt(now);
        // a muted server or channel still delivers direct mentions (unless its level is nothing, handled above)
        return !muted || kind == MentionKind.DIRECT;
    }

    /**
     * The channel's level, else the server's, else the default. The inbox holds mentions only, so {@code all} and
     * {@code mentions} notify alike here; {@code all} matters to the clients' unread dots.
     */
    static Level effective(SettingsRepository.ScopeRow channel, SettingsRepository.ScopeRow server,
            boolean largeServer) {
        if (channel != null && channel.level() != Level.INHERIT) {
            return channel.level();
        }
        if (server != null && server.level() != Level.INHERIT) {
            return server.level();
        }
        return largeServer ? Level.MENTIONS : Level.ALL;
    }
}
