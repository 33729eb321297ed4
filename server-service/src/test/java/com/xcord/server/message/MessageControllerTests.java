package com.xcord.server.message;

import com.xcord.permissions.Permissions;
import com.xcord.servicekit.test.Api;
import com.xcord.servicekit.test.TestMedia;
import com.xcord.server.support.IntegrationTest;
import com.xcord.server.support.TestServer;
import com.xcord.server.support.TestUser;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static com.xcord.servicekit.test.Problems.assertFieldError;
import static com.xcord.servicekit.test.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class MessageControllerTests extends IntegrationTest {

    private long messages(TestServer server) {
        return count("SELECT count(*) FROM messages WHERE channel_id = ?", Long.parseLong(server.generalChannelId()));
    }

    private void denyEveryone(TestServer server, long bits) {
        api.put(server.channelPath(server.generalChannelId()) + "/overwrites/" + server.everyoneRoleId())
                .as(server.owner()).json(body("type", "role", "deny", Permissions.format(bits))).send().expect(200);
    }

    private static List<String> ids(Api.Response page) {
        return page.body().path("items").valueStream().map(m -> m.path("id").asString()).toList();
    }

    @Nested
    class SendMessage {

        @Test
        void aMemberPostsInAChannel() {
            TestServer server = fixtures.server();
            TestUser bob = fixtures.member(server, "bob");

            String photo = media().readyImage(bob.id()).id();
            String pdf = media().ready(TestMedia.file(bob.id()), "attachment").id();

            Api.Response sent = api.post(server.messagesPath()).as(bob)
                    .json(body("content", "hello 👋", "attachments", List.of(photo, pdf))).send();

            assertThat(sent.status()).as(sent.raw()).isEqualTo(201);
            assertThat(sent.text("content")).isEqualTo("hello 👋");
            assertThat(sent.text("authorId")).isEqualTo(bob.idString());
            assertThat(sent.text("channelId")).isEqualTo(server.generalChannelId());
            assertThat(sent.text("serverId")).isEqualTo(server.id());
            assertThat(sent.body().path("attachmentIds").valueStream().map(n -> n.asString()))
                    .containsExactly(photo, pdf);
            assertThat(sent.body().path("editedAt").isNull()).isTrue();
            assertThat(messages(server)).isEqualTo(1);
        }

        @Test
        void theSameNonceReturnsTheOriginal_evenWhenRacing() {
            TestServer server = fixtures.server();
            TestUser bob = fixtures.member(server, "bob");
            TestUser carol = fixtures.member(server, "carol");

            List<CompletableFuture<Api.Response>> sends = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                sends.add(CompletableFuture.supplyAsync(() -> api.post(server.messagesPath()).as(bob)
                        .json(body("content", "once", "nonce", "n-1")).send()));
            }
            List<Api.Response> responses = sends.stream().map(CompletableFuture::join).toList();
            Api.Response carols = api.post(server.messagesPath()).as(carol)
                    .json(body("content", "mine", "nonce", "n-1")).send().expect(201);

            assertThat(responses).extracting(Api.Response::status).containsOnly(200, 201).containsOnlyOnce(201);
            assertThat(responses).extracting(r -> r.text("id")).containsOnly(responses.get(0).text("id"));
            assertThat(carols.text("id")).isNotEqualTo(responses.get(0).text("id"));
            assertThat(messages(server)).isEqualTo(2);
        }

        @Test
        void badInputIs400AndStoresNothing() {
            TestServer server = fixtures.server();
            TestUser owner = server.owner();
            String path = server.messagesPath();

            assertFieldError(api.post(path).as(owner).json(body("content", "  ")).send(), "content");
            assertFieldError(api.post(path).as(owner).json(body()).send(), "content");
            assertFieldError(api.post(path).as(owner).json(body("content", "x".repeat(4001))).send(), "content");
            assertFieldError(api.post(path).as(owner).json(body("content", "x", "nonce", "n".repeat(65))).send(),
                    "nonce");
            assertFieldError(api.post(path).as(owner).json(body("content", "x", "attachments", List.of("a"))).send(),
                    "attachments");
            assertFieldError(api.post(path).as(owner).json(body("content", "x", "attachments",
                    Collections.nCopies(11, "1"))).send(), "attachments");
            assertProblem(api.post(path).as(owner).rawJson("{\"content\":").send(), 400);
            String category = fixtures.channel(server, body("name", "cat", "type", "category"));
            assertProblem(api.post(server.channelPath(category) + "/messages").as(owner).json(body("content", "x"))
                    .send(), 400);

            assertThat(messages(server)).isZero();
            api.post(path).as(owner).json(body("content", "x".repeat(4000))).send().expect(201);
        }

        @Test
        void withoutSendMessagesIs403_hiddenChannelIs404_strangerIs404_noTokenIs401() {
            TestServer server = fixtures.server();
            TestUser bob = fixtures.member(server, "bob");
            String hidden = fixtures.channel(server, body("name", "staff"));
            api.put(server.channelPath(hidden) + "/overwrites/" + server.everyoneRoleId()).as(server.owner())
                    .json(body("type", "role", "deny", Permissions.format(Permissions.VIEW_CHANNEL))).send()
                    .expect(200);
            denyEveryone(server, Permissions.SEND_MESSAGES);

            assertProblem(api.post(server.messagesPath()).as(bob).json(body("content", "x")).send(), 403);
            assertProblem(api.post(server.channelPath(hidden) + "/messages").as(bob).json(body("content", "x"))
                    .send(), 404);
            assertProblem(api.post(server.messagesPath()).as(TestUser.named("x")).json(body("content", "x")).send(),
                    404);
            assertNeedsToken(a -> a.post(server.messagesPath()).json(body("content", "x")));
            assertThat(messages(server)).isZero();
        }

        @Test
        void slowModeLetsOneMessageThroughPerInterval_moderatorsExcepted() {
            TestServer server = fixtures.server();
            TestUser bob = fixtures.member(server, "bob");
            TestUser mod = fixtures.memberWith(server, "mod", Permissions.MANAGE_MESSAGES);
            api.patch(server.channelPath(server.generalChannelId())).as(server.owner())
                    .json(body("slowModeSeconds", 60)).send().expect(200);

            api.post(server.messagesPath()).as(bob).json(body("content", "one", "nonce", "s1")).send().expect(201);
            // a retry of the first (same nonce) is not a second message: it is answered, not limited
            api.post(server.messagesPath()).as(bob).json(body("content", "one", "nonce", "s1")).send().expect(200);
            Api.Response limited = api.post(server.messagesPath()).as(bob).json(body("content", "two")).send();
            api.post(server.messagesPath()).as(mod).json(body("content", "a")).send().expect(201);
            api.post(server.messagesPath()).as(mod).json(body("content", "b")).send().expect(201);

            assertProblem(limited, 429);
            assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 60);
            assertThat(messages(server)).isEqualTo(3);
        }

        @Test
        void mentionsCountOnlyWhereAllowed() {
            TestServer server = fixtures.server();
            TestUser bob = fixtures.member(server, "bob");
            TestUser carol = fixtures.member(server, "carol");
            TestUser stranger = TestUser.named("stranger");
            String quiet = fixtures.role(server, "quiet", 0);
            String loud = api.post(server.path() + "/roles").as(server.owner())
                    .json(body("name", "loud", "mentionable", true)).send().expect(201).text("id");

            Api.Response plain = api.post(server.messagesPath()).as(bob).json(body("content",
                    "hi <@" + carol.id() + "> <@!" + stranger.id() + "> <@&" + quiet + "> <@&" + loud + "> @everyone"))
                    .send().expect(201);
            Api.Response loudOwner = api.post(server.messagesPath()).as(server.owner())
                    .json(body("content", "@everyone <@&" + quiet + ">")).send().expect(201);

            assertThat(plain.body().path("mentionUserIds").valueStream().map(n -> n.asString()))
                    .containsExactly(carol.idString());
            assertThat(plain.body().path("mentionRoleIds").valueStream().map(n -> n.asString()))
                    .containsExactly(loud);
            assertThat(plain.body().path("mentionEveryone").asBoolean()).isFalse();
            assertThat(loudOwner.body().path("mentionEveryone").asBoolean()).isTrue();
            assertThat(loudOwner.body().path("mentionRoleIds").valueStream().map(n -> n.asString()))
                    .containsExactly(quiet);
        }
    }

    @Nested
    class History {

        @Test
        void newestFirstThenBeforeAfterAndAround() {
            TestServer server = fixtures.server();
            List<String> sent = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                sent.add(fixtures.message(server, server.owner(), "m" + i));
            }
            TestUser bob = fixtures.member(server, "bob");
            String path = server.messagesPath();

            Api.Response first = api.get(path + "?limit=3").as(bob).send().expect(200);
            assertThat(ids(first)).containsExactly(sent.get(6), sent.get(5), sent.get(4));
            assertThat(first.text("nextCursor")).isEqualTo(sent.get(4));

            Api.Response older = api.get(path + "?limit=3&before=" + first.text("nextCursor")).as(bob).send();
            assertThat(ids(older)).containsExactly(sent.get(3), sent.get(2), sent.get(1));
            Api.Response oldest = api.get(path + "?limit=3&before=" + older.text("nextCursor")).as(bob).send();
            assertThat(ids(oldest)).containsExactly(sent.get(0));
            assertThat(oldest.body().path("nextCursor").isNull()).isTrue();

            Api.Response after = api.get(path + "?limit=2&after=" + sent.get(1)).as(bob).send().expect(200);
            assertThat(ids(after)).containsExactly(sent.get(2), sent.get(3));
            assertThat(after.text("nextCursor")).isEqualTo(sent.get(3));

            Api.Response around = api.get(path + "?limit=3&around=" + sent.get(3)).as(bob).send().expect(200);
            assertThat(ids(around)).containsExactly(sent.get(4), sent.get(3), sent.get(2));
        }

        @Test
        void badCursorsAre400() {
            TestServer server = fixtures.server();
            assertFieldError(api.get(server.messagesPath() + "?before=x").as(server.owner()).send(), "before");
            assertProblem(api.get(server.messagesPath() + "?before=1&after=2").as(server.owner()).send(), 400);
            assertFieldError(api.get(server.messagesPath() + "?limit=500").as(server.owner()).send(), "limit");
        }

        @Test
        void needsReadMessageHistory_hiddenOrStrangerIs404_noTokenIs401() {
            TestServer server = fixtures.server();
            TestUser bob = fixtures.member(server, "bob");
            fixtures.message(server, server.owner(), "secret");
            denyEveryone(server, Permissions.READ_MESSAGE_HISTORY);

            assertProblem(api.get(server.messagesPath()).as(bob).send(), 403);
            api.get(server.messagesPath()).as(server.owner()).send().expect(200);
            denyEveryone(server, Permissions.VIEW_CHANNEL);
            assertProblem(api.get(server.messagesPath()).as(bob).send(), 404);
            assertProblem(api.get(server.messagesPath()).as(TestUser.named("x")).send(), 404);
            assertNeedsToken(a -> a.get(server.messagesPath()));
        }
    }

    @Nested
    class EditMessage {

        @Test
        void theAuthorEdits_mentionsAreRecomputed() {
            TestServer server = fixtures.server();
            TestUser bob = fixtures.member(server, "bob");
            String id = fixtures.message(server, bob, "hi");

            Api.Response edited = api.patch(server.messagesPath() + "/" + id).as(bob)
                    .json(body("content", "hi <@" + server.owner().id() + ">")).send().expect(200);

            assertThat(edited.text("content")).startsWith("hi <@");
            assertThat(edited.text("editedAt")).endsWith("Z");
            assertThat(edited.body().path("mentionUserIds").valueStream().map(n -> n.asString()))
                    .containsExactly(server.owner().idString());
            assertThat(ids(api.get(server.messagesPath()).as(bob).send())).containsExactly(id);
        }

        @Test
        void badInputIs400AndChangesNothing() {
            TestServer server = fixtures.server();
            String id = fixtures.message(server, server.owner(), "hi");
            assertFieldError(api.patch(server.messagesPath() + "/" + id).as(server.owner()).json(body("content", ""))
                    .send(), "content");
            assertThat(db.sql("SELECT content FROM messages WHERE id = ?").params(Long.parseLong(id))
                    .query(String.class).single()).isEqualTo("hi");
        }

        @Test
        void othersAre403_evenTheOwner_strangerIs404_noTokenIs401() {
            TestServer server = fixtures.server();
            TestUser bob = fixtures.member(server, "bob");
            String id = fixtures.message(server, bob, "hi");
            String path = server.messagesPath() + "/" + id;
            assertProblem(api.patch(path).as(server.owner()).json(body("content", "x")).send(), 403);
            assertProblem(api.patch(path).as(TestUser.named("x")).json(body("content", "x")).send(), 404);
            assertProblem(api.patch(server.messagesPath() + "/99").as(bob).json(body("content", "x")).send(), 404);
            assertNeedsToken(a -> a.patch(path).json(body("content", "x")));
        }
    }

    @Nested
    class DeleteMessage {

        @Test
        void theAuthorOrManageMessages() {
            TestServer server = fixtures.server();
            TestUser bob = fixtures.member(server, "bob");
            TestUser carol = fixtures.member(server, "carol");
            TestUser mod = fixtures.memberWith(server, "mod", Permissions.MANAGE_MESSAGES);
            String own = fixtures.message(server, bob, "mine");
            String other = fixtures.message(server, bob, "also mine");

            assertProblem(api.delete(server.messagesPath() + "/" + other).as(carol).send(), 403);
            assertProblem(api.delete(server.messagesPath() + "/" + other).as(TestUser.named("x")).send(), 404);
            assertNeedsToken(a -> a.delete(server.messagesPath() + "/" + other));
            api.delete(server.messagesPath() + "/" + own).as(bob).send().expect(204);
            api.delete(server.messagesPath() + "/" + other).as(mod).send().expect(204);

            assertThat(messages(server)).isZero();
            assertProblem(api.delete(server.messagesPath() + "/" + own).as(bob).send(), 404);
        }
    }
}
