package com.xcord.server.support;

/** A server made by {@link Fixtures#server}: its id (= the @everyone role's id), general channel and owner. */
public record TestServer(String id, String generalChannelId, TestUser owner) {

    public String path() {
        return "/api/v1/servers/" + id;
    }

    public String channelPath(String channelId) {
        return path() + "/channels/" + channelId;
    }

    public String messagesPath() {
        return channelPath(generalChannelId) + "/messages";
    }

    public String everyoneRoleId() {
        return id;
    }
}
