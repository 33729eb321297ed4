package com.xcord.server.guild;

import com.xcord.servicekit.web.NotFoundException;
import org.springframework.stereotype.Component;

/** The guild feature's public reads, for features that show a server they do not own (invites). */
@Component
public class GuildLookup {

    private final Guilds guilds;

    GuildLookup(Guilds guilds) {
        this.guilds = guilds;
    }

    /** The server's summary; 404 if it is gone. */
    public GuildSummary summary(long serverId) {
        return guilds.findById(serverId)
                .map(g -> new GuildSummary(g.id(), g.name(), g.iconMediaId(), g.memberCount()))
                .orElseThrow(() -> new NotFoundException("Server not found"));
    }
}
