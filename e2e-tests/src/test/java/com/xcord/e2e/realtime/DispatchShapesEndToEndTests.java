package com.xcord.e2e.realtime;

import static com.xcord.e2e.support.Client.unique;
import static com.xcord.e2e.support.DispatchAssert.assertExactly;
import static com.xcord.e2e.support.DispatchAssert.assertSameAsRest;
import static com.xcord.e2e.support.DispatchAssert.assertSameItemsAsRest;
import static com.xcord.e2e.support.DispatchAssert.unchecked;
import static com.xcord.e2e.support.DispatchAssert.without;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import com.xcord.e2e.support.Client;
import com.xcord.e2e.support.Client.User;
import com.xcord.e2e.support.DispatchAssert.Unchecked;
import com.xcord.e2e.support.EventTopicsOnFailure;
import com.xcord.e2e.support.Fleet;
import com.xcord.e2e.support.Media;
import com.xcord.e2e.support.Resources;
import com.xcord.e2e.support.Sockets;
import com.xcord.realtime.support.WsClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;
import tools.jackson.databind.JsonNode;

/**
 * Issue 11's "the socket speaks views, not events" through the real fleet: for every dispatch type with a
 * REST counterpart, the change is made over REST as a user, the dispatch awaited on the socket of a user who
 * may see it, and its {@code d} compared with the resource that user then reads over REST — the whole JSON,
 * except the fields listed per type below with why they may differ. Types without a resource (deletes, read
 * markers) are held to their documented id-only shapes.
 *
 * <p>Dispatches are found by what stays the same across shapes (content, name, the only one of its type on a
 * fresh user's socket), so a wrong shape fails as a shape mismatch, not as a timeout.
 */
@ExtendWith(EventTopicsOnFailure.class)
class DispatchShapesEndToEndTests {

    /** A conversation's fields that depend on the reader or change with every message. */
    private static final Unchecked[] CONVERSATION_PER_READER = {
            unchecked("lastMessage", "changes with every message; DM_MESSAGE_CREATE carries the message"),
            unchecked("unreadCount", "the reader's own count; UNREAD_UPDATE carries it"),
            unchecked("lastReadMessageId", "the reader's own marker; DM_READ carries it"),
            unchecked("readStates", "the others' markers as this reader may see them; DM_READ carries changes"),
    };

    /** A post's fields that depend on the reader or change after it was posted without a dispatch. */
    private static final Unchecked[] POST_PER_READER = {
            unchecked("liked", "the reader's own"),
            unchecked("reposted", "the reader's own"),
            unchecked("bookmarked", "the reader's own"),
            unchecked("likeCount", "changes after posting; likes are not dispatched"),
            unchecked("repostCount", "changes after posting; reposts are not dispatched"),
            unchecked("replyCount", "changes after posting, and counts only the replies the reader may see"),
            unchecked("quoteCount", "changes after posting, and counts only the quotes the reader may see"),
    };

    private final Fleet fleet = Fleet.shared();
    private final Client api = new Client(fleet);
    private final Resources rest = new Resources(fleet);
    @RegisterExtension
    final Sockets sockets = new Sockets(fleet);

    // server-service: channel messages

    @Test
    void messageCreateIsTheChannelMessage() {
        Guild g = guild("msg_create");
        String content = unique("hello");
        String id = api.sendChannelMessage(g.owner(), g.id(), g.channel(), content);

        JsonNode d = g.memberSocket().awaitDispatch("MESSAGE_CREATE", m -> content.equals(m.path("content").asString())).path("d");

        assertSameAsRest("MESSAGE_CREATE", d, rest.channelMessage(g.member(), g.id(), g.channel(), id));
    }

    @Test
    void messageUpdateIsTheEditedChannelMessage() {
        Guild g = guild("msg_update");
        String id = api.sendChannelMessage(g.owner(), g.id(), g.channel(), unique("draft"));
        String edited = unique("edited");
        api.editChannelMessage(g.owner(), g.id(), g.channel(), id, edited);

        JsonNode d = g.memberSocket().awaitDispatch("MESSAGE_UPDATE", m -> edited.equals(m.path("content").asString())).path("d");

        assertSameAsRest("MESSAGE_UPDATE", d, rest.channelMessage(g.member(), g.id(), g.channel(), id));
    }

    @Test
    void messageCreateWithAttachmentsShowsTheMediaObjectsAsRestDoes() {
        Guild g = guild("msg_media");
        String content = unique("with a photo");
        String photo = Media.readyImage(g.owner());
        String id = api.sendChannelMessage(g.owner(), g.id(), g.channel(), content, List.of(photo));

        JsonNode d = g.memberSocket().awaitDispatch("MESSAGE_CREATE", m -> content.equals(m.path("content").asString())).path("d");

        assertThat(d.path("attachments").path(0).path("variants").path("small").path("url").asString())
                .isEqualTo("/api/v1/media/" + photo + "/content?variant=small");
        assertSameAsRest("MESSAGE_CREATE", d, rest.channelMessage(g.member(), g.id(), g.channel(), id));
    }

    @Test
    void messageUpdateWithAttachmentsShowsTheMediaObjectsAsRestDoes() {
        Guild g = guild("msg_med_up");
        String photo = Media.readyImage(g.owner());
        String id = api.sendChannelMessage(g.owner(), g.id(), g.channel(), unique("draft"), List.of(photo));
        String edited = unique("edited");
        api.editChannelMessage(g.owner(), g.id(), g.channel(), id, edited);

        JsonNode d = g.memberSocket().awaitDispatch("MESSAGE_UPDATE", m -> edited.equals(m.path("content").asString())).path("d");

        assertThat(d.path("attachments").size()).isEqualTo(1);
        assertSameAsRest("MESSAGE_UPDATE", d, rest.channelMessage(g.member(), g.id(), g.channel(), id));
    }

    @Test
    void messageDeleteIsItsIds() {
        Guild g = guild("msg_delete");
        String content = unique("to delete");
        String id = api.sendChannelMessage(g.owner(), g.id(), g.channel(), content);
        g.memberSocket().awaitDispatch("MESSAGE_CREATE", m -> content.equals(m.path("content").asString()));
        api.deleteChannelMessage(g.owner(), g.id(), g.channel(), id);

        JsonNode d = g.memberSocket().awaitDispatch("MESSAGE_DELETE");

        assertExactly("MESSAGE_DELETE", d, Map.of("id", id, "serverId", g.id(), "channelId", g.channel()));
    }

    // server-service: channels

    @Test
    void channelCreateIsTheChannel() {
        Guild g = guild("ch_create");
        String name = "created-" + System.nanoTime();
        String id = api.createChannel(g.owner(), g.id(), name);

        JsonNode d = g.memberSocket().awaitDispatch("CHANNEL_CREATE", c -> name.equals(c.path("name").asString())).path("d");

        assertSameAsRest("CHANNEL_CREATE", d, rest.channel(g.member(), g.id(), id));
    }

    @Test
    void channelUpdateIsTheChangedChannel() {
        Guild g = guild("ch_update");
        String topic = unique("new topic");
        api.updateChannel(g.owner(), g.id(), g.channel(), Map.of("topic", topic, "slowModeSeconds", 5));

        JsonNode d = g.memberSocket().awaitDispatch("CHANNEL_UPDATE", c -> topic.equals(c.path("topic").asString())).path("d");

        assertSameAsRest("CHANNEL_UPDATE", d, rest.channel(g.member(), g.id(), g.channel()));
    }

    @Test
    void channelDeleteIsItsIds() {
        Guild g = guild("ch_delete");
        String name = "doomed-" + System.nanoTime();
        String id = api.createChannel(g.owner(), g.id(), name);
        g.memberSocket().awaitDispatch("CHANNEL_CREATE", c -> name.equals(c.path("name").asString()));
        api.deleteChannel(g.owner(), g.id(), id);

        JsonNode d = g.memberSocket().awaitDispatch("CHANNEL_DELETE");

        assertExactly("CHANNEL_DELETE", d, Map.of("id", id, "serverId", g.id()));
    }

    // server-service: servers

    @Test
    void serverCreateIsTheServerAsTheNewMemberSeesIt() {
        User owner = api.register("srv_create_owner");
        User member = api.register("srv_create_member");
        WsClient memberSocket = sockets.identified(member);
        String server = api.createServer(owner, "e2e server create");
        api.createChannel(owner, server, "second");
        api.createRole(owner, server, "helpers", 1L << 11);
        api.join(owner, server, member);

        JsonNode d = memberSocket.awaitDispatch("SERVER_CREATE");

        assertServerAsSeenBy("SERVER_CREATE", d, member, server);
    }

    @Test
    void serverUpdateIsTheChangedServer() {
        Guild g = guild("srv_update");
        String name = "renamed " + System.nanoTime();
        api.updateServer(g.owner(), g.id(), Map.of("name", name, "description", "what it is about"));

        JsonNode d = g.memberSocket().awaitDispatch("SERVER_UPDATE", s -> name.equals(s.path("name").asString())).path("d");

        assertServerAsSeenBy("SERVER_UPDATE", d, g.member(), g.id());
    }

    @Test
    void serverDeleteIsItsId() {
        Guild g = guild("srv_delete");
        api.deleteServer(g.owner(), g.id());

        JsonNode d = g.memberSocket().awaitDispatch("SERVER_DELETE");

        assertExactly("SERVER_DELETE", d, Map.of("id", g.id()));
    }

    // server-service: roles

    @Test
    void roleCreateIsTheRole() {
        Guild g = guild("role_create");
        String name = "role " + System.nanoTime();
        String id = api.createRole(g.owner(), g.id(), name, 1L << 11);

        JsonNode d = g.memberSocket().awaitDispatch("ROLE_CREATE", r -> name.equals(r.path("name").asString())).path("d");

        assertSameAsRest("ROLE_CREATE", d, rest.role(g.member(), g.id(), id));
    }

    @Test
    void roleUpdateIsTheChangedRole() {
        Guild g = guild("role_update");
        String id = api.createRole(g.owner(), g.id(), "before " + System.nanoTime(), 0);
        String name = "after " + System.nanoTime();
        api.updateRole(g.owner(), g.id(), id, Map.of("name", name, "color", 0x00ff00, "mentionable", true));

        JsonNode d = g.memberSocket().awaitDispatch("ROLE_UPDATE", r -> name.equals(r.path("name").asString())).path("d");

        assertSameAsRest("ROLE_UPDATE", d, rest.role(g.member(), g.id(), id));
    }

    @Test
    void roleDeleteIsItsIds() {
        Guild g = guild("role_delete");
        String name = "doomed " + System.nanoTime();
        String id = api.createRole(g.owner(), g.id(), name, 0);
        g.memberSocket().awaitDispatch("ROLE_CREATE", r -> name.equals(r.path("name").asString()));
        api.deleteRole(g.owner(), g.id(), id);

        JsonNode d = g.memberSocket().awaitDispatch("ROLE_DELETE");

        assertExactly("ROLE_DELETE", d, Map.of("id", id, "serverId", g.id()));
    }

    // server-service: members

    @Test
    void memberAddIsTheMember() {
        Guild g = guild("mem_add");

        // guild() awaited this dispatch on the owner's socket when the member joined
        JsonNode d = g.ownerSocket().awaitDispatch("MEMBER_ADD", m -> g.member().id().equals(m.path("userId").asString())).path("d");

        assertSameAsRest("MEMBER_ADD", d, rest.member(g.owner(), g.id(), g.member().id()));
    }

    @Test
    void memberUpdateIsTheChangedMember() {
        Guild g = guild("mem_update");
        String role = api.createRole(g.owner(), g.id(), "given " + System.nanoTime(), 0);
        api.giveRole(g.owner(), g.id(), g.member(), role);

        JsonNode d = g.ownerSocket().awaitDispatch("MEMBER_UPDATE", m -> g.member().id().equals(m.path("userId").asString())).path("d");

        assertSameAsRest("MEMBER_UPDATE", d, rest.member(g.owner(), g.id(), g.member().id()));
    }

    @Test
    void memberRemoveIsItsIds() {
        Guild g = guild("mem_remove");
        api.kick(g.owner(), g.id(), g.member());

        JsonNode d = g.ownerSocket().awaitDispatch("MEMBER_REMOVE");

        assertExactly("MEMBER_REMOVE", d, Map.of("serverId", g.id(), "userId", g.member().id()));
    }

    // dm-service

    @Test
    void dmMessageCreateIsTheMessage() {
        Dm dm = dm("dm_create");
        String content = unique("hi");
        String id = api.sendDm(dm.sender(), dm.id(), content);

        JsonNode d = dm.recipientSocket().awaitDispatch("DM_MESSAGE_CREATE", m -> content.equals(m.path("content").asString())).path("d");

        assertSameAsRest("DM_MESSAGE_CREATE", d, rest.dmMessage(dm.recipient(), dm.id(), id));
    }

    @Test
    void dmMessageUpdateIsTheEditedMessage() {
        Dm dm = dm("dm_update");
        String id = api.sendDm(dm.sender(), dm.id(), unique("draft"));
        String edited = unique("edited");
        api.editDm(dm.sender(), id, edited);

        JsonNode d = dm.recipientSocket().awaitDispatch("DM_MESSAGE_UPDATE", m -> edited.equals(m.path("content").asString())).path("d");

        assertSameAsRest("DM_MESSAGE_UPDATE", d, rest.dmMessage(dm.recipient(), dm.id(), id));
    }

    @Test
    void dmMessageCreateWithAttachmentsShowsTheMediaObjectsAsRestDoes() {
        Dm dm = dm("dm_media");
        String content = unique("with a photo");
        String photo = Media.readyImage(dm.sender());
        String id = api.sendDm(dm.sender(), dm.id(), content, List.of(photo));

        JsonNode d = dm.recipientSocket().awaitDispatch("DM_MESSAGE_CREATE", m -> content.equals(m.path("content").asString())).path("d");

        assertThat(d.path("attachments").path(0).path("id").asString()).isEqualTo(photo);
        assertSameAsRest("DM_MESSAGE_CREATE", d, rest.dmMessage(dm.recipient(), dm.id(), id));
    }

    @Test
    void dmMessageUpdateWithAttachmentsShowsTheMediaObjectsAsRestDoes() {
        Dm dm = dm("dm_med_up");
        String photo = Media.readyImage(dm.sender());
        String id = api.sendDm(dm.sender(), dm.id(), unique("draft"), List.of(photo));
        String edited = unique("edited");
        api.editDm(dm.sender(), id, edited);

        JsonNode d = dm.recipientSocket().awaitDispatch("DM_MESSAGE_UPDATE", m -> edited.equals(m.path("content").asString())).path("d");

        assertThat(d.path("attachments").size()).isEqualTo(1);
        assertSameAsRest("DM_MESSAGE_UPDATE", d, rest.dmMessage(dm.recipient(), dm.id(), id));
    }

    @Test
    void dmMessageDeleteIsItsIds() {
        Dm dm = dm("dm_delete");
        String content = unique("to delete");
        String id = api.sendDm(dm.sender(), dm.id(), content);
        dm.recipientSocket().awaitDispatch("DM_MESSAGE_CREATE", m -> content.equals(m.path("content").asString()));
        api.deleteDm(dm.sender(), id);

        JsonNode d = dm.recipientSocket().awaitDispatch("DM_MESSAGE_DELETE");

        assertExactly("DM_MESSAGE_DELETE", d, Map.of("id", id, "conversationId", dm.id()));
    }

    @Test
    void dmConversationCreateIsTheConversation() {
        Dm dm = dm("conv_create");

        // dm() opened the conversation after the recipient's socket was identified
        JsonNode d = dm.recipientSocket().awaitDispatch("DM_CONVERSATION_CREATE");

        assertSameAsRest("DM_CONVERSATION_CREATE", d, rest.conversation(dm.recipient(), dm.id()), CONVERSATION_PER_READER);
    }

    @Test
    void dmConversationUpdateIsTheRenamedConversation() {
        User owner = api.register("group_owner");
        User reader = api.register("group_reader");
        User third = api.register("group_third");
        WsClient readerSocket = sockets.identified(reader);
        String group = api.group(owner, "before", reader, third);
        String name = "after " + System.nanoTime();
        api.renameGroup(owner, group, name);

        JsonNode d = readerSocket.awaitDispatch("DM_CONVERSATION_UPDATE", c -> name.equals(c.path("name").asString())).path("d");

        assertSameAsRest("DM_CONVERSATION_UPDATE", d, rest.conversation(reader, group), CONVERSATION_PER_READER);
    }

    @Test
    void dmReadIsTheReadersMarker() {
        Dm dm = dm("dm_read");
        String first = api.sendDm(dm.sender(), dm.id(), unique("first"));
        api.sendDm(dm.sender(), dm.id(), unique("second"));
        api.markRead(dm.recipient(), first);

        JsonNode d = dm.recipientSocket().awaitDispatch("DM_READ", r -> dm.recipient().id().equals(r.path("userId").asString())).path("d");

        assertExactly("DM_READ", d, Map.of("conversationId", dm.id(), "userId", dm.recipient().id(), "lastReadMessageId", first));
    }

    @Test
    void unreadUpdateIsTheConversationsItemOfUnread() {
        Dm dm = dm("dm_unread");
        String first = api.sendDm(dm.sender(), dm.id(), unique("first"));
        api.sendDm(dm.sender(), dm.id(), unique("second"));
        // read up to the first of two: one stays unread, so GET /dm/unread lists the conversation
        api.markRead(dm.recipient(), first);

        JsonNode d = dm.recipientSocket().awaitDispatch("UNREAD_UPDATE");

        assertSameAsRest("UNREAD_UPDATE", d, rest.unread(dm.recipient(), dm.id()));
    }

    // feed-service

    @Test
    void postCreateIsThePostAsAFollowerReadsIt() {
        User author = api.register("post_author");
        User follower = api.register("post_follower");
        WsClient followerSocket = sockets.identified(follower);
        api.follow(follower, author);
        // the follow (auth's topic) and the post (feed's topic) are not ordered with each other: wait for the follow
        followerSocket.awaitDispatch("RELATIONSHIP_ADD");
        String content = unique("for everyone");
        String id = api.post(author, content, "public");

        JsonNode d = followerSocket.awaitDispatch("POST_CREATE", p -> content.equals(p.path("content").asString())).path("d");

        assertSameAsRest("POST_CREATE", d, rest.post(follower, id), POST_PER_READER);
    }

    @Test
    void postCreateWithMediaShowsTheMediaObjectsAsRestDoes() {
        User author = api.register("post_media_author");
        User follower = api.register("post_media_follower");
        WsClient followerSocket = sockets.identified(follower);
        api.follow(follower, author);
        followerSocket.awaitDispatch("RELATIONSHIP_ADD");
        String content = unique("with a photo");
        String photo = Media.readyImage(author);
        String id = api.post(author, content, "public", List.of(photo));

        JsonNode d = followerSocket.awaitDispatch("POST_CREATE", p -> content.equals(p.path("content").asString())).path("d");

        assertThat(d.path("media").path(0).path("id").asString()).isEqualTo(photo);
        assertSameAsRest("POST_CREATE", d, rest.post(follower, id), POST_PER_READER);
    }

    @Test
    void postDeleteIsItsId() {
        User author = api.register("post_deleter");
        WsClient authorSocket = sockets.identified(author);
        String content = unique("to delete");
        String id = api.post(author, content, "public");
        authorSocket.awaitDispatch("POST_CREATE", p -> content.equals(p.path("content").asString()));
        api.deletePost(author, id);

        JsonNode d = authorSocket.awaitDispatch("POST_DELETE");

        assertExactly("POST_DELETE", d, Map.of("id", id));
    }

    // auth-service

    @Test
    void userUpdateIsThePublicProfile() {
        User user = api.register("profile");
        WsClient socket = sockets.identified(user);
        String bio = unique("bio");
        api.patchMe(user, Map.of("displayName", "Shown Name", "bio", bio, "status", "busy"));

        JsonNode d = socket.awaitDispatch("USER_UPDATE", u -> bio.equals(u.path("bio").asString())).path("d");

        assertSameAsRest("USER_UPDATE", d, rest.user(user, user.id()));
    }

    @Test
    void relationshipAddIsTheRelationshipAsEachSideListsIt() {
        User follower = api.register("rel_follower");
        User followed = api.register("rel_followed");
        WsClient followerSocket = sockets.identified(follower);
        WsClient followedSocket = sockets.identified(followed);
        api.follow(follower, followed);

        JsonNode toFollower = followerSocket.awaitDispatch("RELATIONSHIP_ADD");
        JsonNode toFollowed = followedSocket.awaitDispatch("RELATIONSHIP_ADD");

        assertAll(
                () -> assertSameAsRest("RELATIONSHIP_ADD to the follower", toFollower, rest.relationship(follower, followed.id())),
                () -> assertSameAsRest("RELATIONSHIP_ADD to the followed", toFollowed, rest.relationship(followed, follower.id())));
    }

    @Test
    void relationshipRemoveIsTheOtherUserAndTheEndedType() {
        User follower = api.register("unrel_follower");
        User followed = api.register("unrel_followed");
        WsClient followerSocket = sockets.identified(follower);
        WsClient followedSocket = sockets.identified(followed);
        api.follow(follower, followed);
        followerSocket.awaitDispatch("RELATIONSHIP_ADD");
        followedSocket.awaitDispatch("RELATIONSHIP_ADD");
        api.unfollow(follower, followed);

        JsonNode toFollower = followerSocket.awaitDispatch("RELATIONSHIP_REMOVE");
        JsonNode toFollowed = followedSocket.awaitDispatch("RELATIONSHIP_REMOVE");

        // as in GET /relationships: userId is the other user, type how the recipient related to them
        assertAll(
                () -> assertExactly("RELATIONSHIP_REMOVE to the follower", toFollower,
                        Map.of("userId", followed.id(), "type", "following")),
                () -> assertExactly("RELATIONSHIP_REMOVE to the followed", toFollowed,
                        Map.of("userId", follower.id(), "type", "follower")));
    }

    // realtime-service's own: READY

    @Test
    void readyHasTheUserTheirServersAndConversationsAsRestShowsThem() {
        User user = api.register("ready");
        User other = api.register("ready_other");
        // a first socket sees each change arrive, so the projection READY is built from has them all
        WsClient first = sockets.identified(user);
        String bio = unique("bio");
        api.patchMe(user, Map.of("bio", bio, "status", "around"));
        first.awaitDispatch("USER_UPDATE", u -> bio.equals(u.path("bio").asString()));
        String server = api.createServer(user, "e2e ready");
        api.createChannel(user, server, "second");
        first.awaitDispatch("CHANNEL_CREATE", c -> "second".equals(c.path("name").asString()));
        api.conversation(user, other);
        first.awaitDispatch("DM_CONVERSATION_CREATE");

        JsonNode ready = sockets.identified(user).awaitDispatch("READY");

        assertThat(ids(ready.path("servers"))).containsExactly(server);
        assertThat(ready.path("conversations")).hasSize(1);
        // every part compared, each mismatch reported
        List<Executable> parts = new ArrayList<>();
        parts.add(() -> assertSameAsRest("READY's user", ready.path("user"), rest.user(user, user.id())));
        for (JsonNode s : ready.path("servers")) {
            parts.add(() -> assertServerAsSeenBy("READY's server", s, user, s.path("id").asString()));
        }
        for (JsonNode c : ready.path("conversations")) {
            parts.add(() -> assertSameAsRest("READY's conversation", c, rest.conversation(user, c.path("id").asString()),
                    CONVERSATION_PER_READER));
        }
        assertAll(parts);
    }

    /**
     * A server dispatch (READY's, SERVER_CREATE, SERVER_UPDATE) is {@code GET /servers/{id}} as {@code viewer}
     * reads it; where it embeds channels and roles, they are the REST channels (those the viewer may see) and roles.
     */
    private void assertServerAsSeenBy(String type, JsonNode d, User viewer, String serverId) {
        assertAll(
                () -> assertSameAsRest(type, without(d, "channels", "roles"), rest.server(viewer, serverId)),
                () -> {
                    if (d.has("channels")) {
                        assertSameItemsAsRest(type + "'s channels", d.path("channels"), rest.channels(viewer, serverId));
                    }
                },
                () -> {
                    if (d.has("roles")) {
                        assertSameItemsAsRest(type + "'s roles", d.path("roles"), rest.roles(viewer, serverId));
                    }
                });
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.forEach(item -> ids.add(item.path("id").asString()));
        return ids;
    }

    /** A server with an owner and a member, each with an identified socket that has seen the member join. */
    private record Guild(String id, String channel, User owner, User member, WsClient ownerSocket, WsClient memberSocket) {
    }

    private Guild guild(String prefix) {
        User owner = api.register(prefix + "_owner");
        User member = api.register(prefix + "_member");
        WsClient ownerSocket = sockets.identified(owner);
        WsClient memberSocket = sockets.identified(member);
        String server = api.createServer(owner, "e2e " + prefix);
        ownerSocket.awaitDispatch("SERVER_CREATE");
        api.join(owner, server, member);
        // from here realtime routes the server's events to both
        memberSocket.awaitDispatch("SERVER_CREATE");
        ownerSocket.awaitDispatch("MEMBER_ADD", m -> member.id().equals(m.path("userId").asString()));
        return new Guild(server, api.firstChannel(owner, server), owner, member, ownerSocket, memberSocket);
    }

    /** A one-to-one conversation opened by {@code sender} after {@code recipient}'s socket was identified. */
    private record Dm(String id, User sender, User recipient, WsClient recipientSocket) {
    }

    private Dm dm(String prefix) {
        User sender = api.register(prefix + "_sender");
        User recipient = api.register(prefix + "_recipient");
        WsClient recipientSocket = sockets.identified(recipient);
        return new Dm(api.conversation(sender, recipient), sender, recipient, recipientSocket);
    }
}
