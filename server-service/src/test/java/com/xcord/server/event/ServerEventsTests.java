package com.xcord.server.event;

import com.xcord.servicekit.test.Api;
import com.xcord.servicekit.test.EventProbe;
import com.xcord.servicekit.test.EventProbe.Received;
import com.xcord.server.support.IntegrationTest;
import com.xcord.server.support.TestServer;
import com.xcord.server.support.TestUser;
import com.xcord.events.Topics;
import com.xcord.events.server.MemberBanned;
import com.xcord.events.server.MessageCreatedV2;
import com.xcord.events.server.MessageUpdatedV3;
import com.xcord.events.server.ServerEvents;
import com.xcord.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each state change puts exactly one event of the right type on {@code xcord.server.events}
 * (server creation: one of each of the four facts it establishes), all keyed by server id — messages
 * too, so that a consumer sees a message in order with the membership and permission changes around it
 * (realtime must not deliver a message to someone kicked just before it); refused requests put none.
 */
class ServerEventsTests extends IntegrationTest {

    /** {@code xcord.server.events} from the start, as realtime or search would read it. */
    private static EventProbe events;

    @BeforeAll
    static void startReading() {
        events = EventProbe.fromStart(TestInfrastructure.shared().kafka().bootstrapServers(), Topics.SERVER);
    }

    /** Tests use fresh servers: the events whose payload is about this server. */
    private static Predicate<Received> aboutServer(String serverId) {
        return r -> serverId.equals(serverIdOf(r.event().data()));
    }

    private static String serverIdOf(Object payload) {
        try {
            return (String) payload.getClass().getMethod("serverId").invoke(payload);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    @AfterAll
    static void stopReading() {
        events.close();
    }

    @Test
    void everyChangeExactlyOnce_inOrderPerKey() {
        TestServer server = fixtures.server();
        String s = server.path();
        TestUser bob = fixtures.member(server, "bob");

        api.patch(s).as(server.owner()).json(body("name", "Renamed")).send().expect(200);
        String channel = fixtures.channel(server, body("name", "extra"));
        api.patch(server.channelPath(channel)).as(server.owner()).json(body("topic", "t")).send().expect(200);
        api.put(server.channelPath(channel) + "/overwrites/" + bob.id()).as(server.owner())
                .json(body("type", "member", "deny", "2048")).send().expect(200);
        api.delete(server.channelPath(channel)).as(server.owner()).send().expect(204);
        String role = fixtures.role(server, "r", 0);
        api.patch(s + "/roles/" + role).as(server.owner()).json(body("color", 5)).send().expect(200);
        fixtures.grant(server, bob, role);
        api.patch(s + "/members/" + bob.id()).as(bob).json(body("nickname", "bobby")).send().expect(200);
        api.delete(s + "/roles/" + role).as(server.owner()).send().expect(204);
        Api.Response message = api.post(server.messagesPath()).as(bob)
                .json(body("content", "hi <@" + server.owner().id() + ">", "nonce", "e1")).send().expect(201);
        api.post(server.messagesPath()).as(bob).json(body("content", "hi", "nonce", "e1")).send().expect(200);
        String messageId = message.text("id");
        api.patch(server.messagesPath() + "/" + messageId).as(bob).json(body("content", "edited")).send().expect(200);
        api.delete(server.messagesPath() + "/" + messageId).as(bob).send().expect(204);
        TestUser carol = fixtures.member(server, "carol");
        api.delete(s + "/members/" + carol.id()).as(carol).send().expect(204);
        TestUser dave = fixtures.member(server, "dave");
        api.delete(s + "/members/" + dave.id()).as(server.owner()).send().expect(204);
        api.put(s + "/bans/" + bob.id()).as(server.owner()).json(body("reason", "spam")).send().expect(204);
        api.delete(s + "/bans/" + bob.id()).as(server.owner()).send().expect(204);
        // refused requests change nothing and publish nothing
        api.patch(s).as(carol).json(body("name", "nope")).send().expect(404);
        api.patch(s).as(server.owner()).json(body("name", "")).send().expect(400);
        api.delete(s).as(server.owner()).send().expect(204);

        events.awaitUntil(aboutServer(server.id()), seen -> assertThat(seen).extracting(Received::type)
                .contains("server.deleted", "message.deleted"));
        List<Received> seen = events.settle(Duration.ofSeconds(1), aboutServer(server.id()));

        assertThat(seen).extracting(Received::key).containsOnly(server.id());
        assertThat(seen).extracting(Received::type).containsExactly(
                "server.created", "role.created", "channel.created", "member.joined",
                "member.joined",
                "server.updated",
                "channel.created", "channel.updated", "channel.updated", "channel.deleted",
                "role.created", "role.updated", "member.updated", "member.updated", "role.deleted",
                "message.created", "message.updated", "message.deleted",
                "member.joined", "member.left",
                "member.joined", "member.kicked",
                "member.banned", "member.unbanned",
                "server.deleted");
        assertThat(seen).allSatisfy(e -> assertThat(e.event().subject()).isEqualTo(e.key()));
        assertThat(seen).extracting(e -> e.event().source()).containsOnly("server-service");

        // a message is version 2 (attachments as media objects)
        MessageCreatedV2 created = seen.get(15).event().dataAs(ServerEvents.MESSAGE_CREATED_V2);
        assertThat(created.messageId()).isEqualTo(messageId);
        assertThat(created.channelId()).isEqualTo(server.generalChannelId());
        assertThat(created.authorId()).isEqualTo(bob.idString());
        assertThat(created.content()).startsWith("hi <@");
        assertThat(created.mentionUserIds()).containsExactly(server.owner().idString());
        // an edit is version 3: the whole message, as GET shows it, attachments as media objects
        MessageUpdatedV3 updated = seen.get(16).event().dataAs(ServerEvents.MESSAGE_UPDATED_V3);
        assertThat(updated.messageId()).isEqualTo(messageId);
        assertThat(updated.content()).isEqualTo("edited");
        assertThat(updated.nonce()).isEqualTo("e1");
        assertThat(updated.attachments()).isEmpty();
        assertThat(updated.mentionUserIds()).isEmpty();
        assertThat(updated.createdAt()).isEqualTo(created.createdAt());
        assertThat(updated.editedAt()).isNotNull();
        MemberBanned banned = (MemberBanned) seen.get(22).event().data();
        assertThat(banned).extracting(MemberBanned::userId, MemberBanned::reason, MemberBanned::wasMember)
                .containsExactly(bob.idString(), "spam", true);
        assertThat(Map.of("ids are unique", seen.stream().map(e -> e.event().id()).distinct().count()))
                .containsEntry("ids are unique", (long) seen.size());
    }
}
