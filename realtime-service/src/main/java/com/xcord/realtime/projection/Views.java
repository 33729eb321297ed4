package com.xcord.realtime.projection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** What a user is shown of the projection: in READY and in SERVER_CREATE to a new member. */
@Component
public class Views {

    private final Projection projection;

    public Views(Projection projection) {
        this.projection = projection;
    }

    public Map<String, Object> user(String userId) {
        Projection.User u = projection.user(userId);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", userId);
        if (u != null) {
            view.put("username", u.username());
            view.put("displayName", u.displayName());
            view.put("bio", u.bio());
            view.put("avatarMediaId", u.avatarMediaId());
        }
        return view;
    }

    /** The server as this member sees it: only the channels they may view. */
    public Map<String, Object> server(Projection.Server server, String userId) {
        Projection.ServerInfo info = server.info();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", info.id());
        view.put("name", info.name());
        view.put("description", info.description());
        view.put("iconMediaId", info.iconMediaId());
        view.put("ownerId", info.ownerId());
        List<Map<String, Object>> channels = new ArrayList<>();
        server.channels().stream()
                .filter(c -> projection.canView(server, c, userId))
                .sorted(Comparator.comparingInt(Projection.Channel::position).thenComparing(Projection.Channel::id))
                .forEach(c -> {
                    Map<String, Object> ch = new LinkedHashMap<>();
                    ch.put("id", c.id());
                    ch.put("type", c.type());
                    ch.put("name", c.name());
                    ch.put("topic", c.topic());
                    ch.put("parentId", c.parentId());
                    ch.put("position", c.position());
                    ch.put("slowModeSeconds", c.slowModeSeconds());
                    ch.put("overwrites", c.overwrites());
                    channels.add(ch);
                });
        view.put("channels", channels);
        List<Map<String, Object>> roles = new ArrayList<>();
        for (Projection.Role r : server.roles()) {
            roles.add(Map.of("id", r.id(), "name", r.name(), "permissions", Long.toString(r.permissions()),
                    "position", r.position(), "color", r.color(), "mentionable", r.mentionable()));
        }
        view.put("roles", roles);
        view.put("memberCount", server.memberIds().size());
        return view;
    }

    public List<Map<String, Object>> servers(String userId) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (String serverId : projection.serverIdsOf(userId)) {
            Projection.Server server = projection.server(serverId);
            if (server != null) {
                list.add(server(server, userId));
            }
        }
        return list;
    }

    public List<Projection.Conversation> conversations(String userId) {
        List<Projection.Conversation> list = new ArrayList<>();
        for (String id : projection.conversationIdsOf(userId)) {
            Projection.Conversation c = projection.conversation(id);
            if (c != null) {
                list.add(c);
            }
        }
        return list;
    }
}
