package com.xcord.server.channel;

import com.xcord.servicekit.id.SnowflakeIds;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;

/** What other features may ask of the channel feature. */
@Service
public class ServerChannels {

    private final Channels channels;
    private final ChannelEvents events;
    private final SnowflakeIds ids;

    ServerChannels(Channels channels, ChannelEvents events, SnowflakeIds ids) {
        this.channels = channels;
        this.events = events;
        this.ids = ids;
    }

    /** A new server's {@code general} text channel, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void createGeneral(long serverId, Instant now) {
        events.created(channels.save(Channel.general(ids.next(), serverId, now)));
    }
}
