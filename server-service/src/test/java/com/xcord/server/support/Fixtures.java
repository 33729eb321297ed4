package com.xcord.server.support;

import com.xcord.servicekit.test.Api;
import com.xcord.permissions.Permissions;

import java.util.HashMap;
import java.util.Map;

/** Named fixtures, made through the API as a client would. */
public final class Fixtures {

    private final Api api;

    public Fixtures(Api api) {
        this.api = api;
    }

    /** A new server owned by a new user. */
    public TestServer server() {
        return server(TestUser.named("owner"));
    }

    public TestServer server(TestUser owner) {
        Api.Response created = api.post("/api/v1/servers").as(owner).json(Map.of("name", "Guild " + owner.name()))
                .send().expect(201);
        String id = created.text("id");
        Api.Response channels = api.get("/api/v1/servers/" + id + "/channels").as(owner).send().expect(200);
        String general = channels.body().path("items").get(0).path("id").asString();
        return new TestServer(id, general, owner);
    }

    /** A new user who joined the server through an invite: only @everyone. */
    public TestUser member(TestServer server, String name) {
        TestUser user = TestUser.named(name);
        join(server, user);
        return user;
    }

    public void join(TestServer server, TestUser user) {
        String code = invite(server, server.owner());
        api.post("/api/v1/invites/" + code + "/accept").as(user).send().expect(200);
    }

    public String invite(TestServer server, TestUser creator) {
        return api.post(server.path() + "/invites").as(creator).json(Map.of()).send().expect(201).text("code");
    }

    /** A role made by the owner with these permissions (at position 1, others move up). */
    public String role(TestServer server, String name, long permissions) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("permissions", Permissions.format(permissions));
        return api.post(server.path() + "/roles").as(server.owner()).json(body).send().expect(201).text("id");
    }

    public void grant(TestServer server, TestUser user, String roleId) {
        api.put(server.path() + "/members/" + user.id() + "/roles/" + roleId).as(server.owner()).send().expect(204);
    }

    /** A member holding a fresh role with exactly these permissions. */
    public TestUser memberWith(TestServer server, String name, long permissions) {
        TestUser user = member(server, name);
        grant(server, user, role(server, name + "-role", permissions));
        return user;
    }

    public String channel(TestServer server, Map<String, Object> body) {
        return api.post(server.path() + "/channels").as(server.owner()).json(body).send().expect(201).text("id");
    }

    public String message(TestServer server, TestUser author, String content) {
        return api.post(server.messagesPath()).as(author).json(Map.of("content", content)).send().expect(201)
                .text("id");
    }
}
