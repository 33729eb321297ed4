package com.xcord.events;

import com.xcord.events.auth.AuthEvents;
import com.xcord.events.auth.RelationshipChanged;
import com.xcord.events.auth.RelationshipKind;
import com.xcord.events.auth.SessionRevoked;
import com.xcord.events.auth.UserRegistered;
import com.xcord.events.auth.UserUpdated;
import com.xcord.events.dm.ConversationCreated;
import com.xcord.events.dm.ConversationUpdated;
import com.xcord.events.dm.DmEvents;
import com.xcord.events.dm.DmMessageCreated;
import com.xcord.events.dm.DmMessageDeleted;
import com.xcord.events.dm.DmMessageUpdated;
import com.xcord.events.dm.ParticipantAdded;
import com.xcord.events.dm.ParticipantRemoved;
import com.xcord.events.dm.ReadMarkerMoved;
import com.xcord.events.feed.FeedEvents;
import com.xcord.events.feed.PostCreated;
import com.xcord.events.feed.PostDeleted;
import com.xcord.events.feed.PostLiked;
import com.xcord.events.feed.PostMentioned;
import com.xcord.events.feed.PostQuoted;
import com.xcord.events.feed.PostReplied;
import com.xcord.events.feed.PostReposted;
import com.xcord.events.feed.PostUnliked;
import com.xcord.events.feed.PostUnreposted;
import com.xcord.events.server.ChannelCreated;
import com.xcord.events.server.ChannelDeleted;
import com.xcord.events.server.ChannelOverwrite;
import com.xcord.events.server.ChannelUpdated;
import com.xcord.events.server.MemberBanned;
import com.xcord.events.server.MemberJoined;
import com.xcord.events.server.MemberKicked;
import com.xcord.events.server.MemberLeft;
import com.xcord.events.server.MemberUnbanned;
import com.xcord.events.server.MemberUpdated;
import com.xcord.events.server.MessageCreated;
import com.xcord.events.server.MessageDeleted;
import com.xcord.events.server.MessageUpdated;
import com.xcord.events.server.RoleCreated;
import com.xcord.events.server.RoleDeleted;
import com.xcord.events.server.RoleUpdated;
import com.xcord.events.server.ServerCreated;
import com.xcord.events.server.ServerDeleted;
import com.xcord.events.server.ServerEvents;
import com.xcord.events.server.ServerUpdated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventCodecTests {

    private static final Instant AT = Instant.parse("2026-01-02T03:04:05.678Z");

    private final EventCodec codec = new EventCodec();

    /** One sample payload per registered type; the test below fails when a type has none. */
    static final Map<EventType<?>, Object> SAMPLES = Map.ofEntries(
            Map.entry(AuthEvents.USER_REGISTERED, new UserRegistered("1", "alice", "Alice", AT)),
            Map.entry(AuthEvents.USER_UPDATED, new UserUpdated("1", "alice", "Alice A.", "bio", "42", "online", true, AT)),
            Map.entry(AuthEvents.RELATIONSHIP_CHANGED, new RelationshipChanged("1", "2", RelationshipKind.FRIEND_REQUEST, true, AT)),
            Map.entry(AuthEvents.SESSION_REVOKED, new SessionRevoked("1", null, "logout-all", AT)),
            Map.entry(ServerEvents.SERVER_CREATED,
                    new ServerCreated("10", "1", "Guild", "about", "42", AT)),
            Map.entry(ServerEvents.SERVER_UPDATED,
                    new ServerUpdated("10", "1", "Guild 2", null, null, AT)),
            Map.entry(ServerEvents.SERVER_DELETED,
                    new ServerDeleted("10", AT)),
            Map.entry(ServerEvents.CHANNEL_CREATED,
                    new ChannelCreated("10", "11", "text", "general", "hi", null, 0, 0, List.of(new ChannelOverwrite("10", "role", "0", "1024")), AT)),
            Map.entry(ServerEvents.CHANNEL_UPDATED,
                    new ChannelUpdated("10", "11", "text", "general", null, "12", 1, 5, List.of(), AT)),
            Map.entry(ServerEvents.CHANNEL_DELETED,
                    new ChannelDeleted("10", "11", AT)),
            Map.entry(ServerEvents.MEMBER_JOINED,
                    new MemberJoined("10", "2", "abcd", AT)),
            Map.entry(ServerEvents.MEMBER_LEFT,
                    new MemberLeft("10", "2", AT)),
            Map.entry(ServerEvents.MEMBER_KICKED,
                    new MemberKicked("10", "2", "1", AT)),
            Map.entry(ServerEvents.MEMBER_BANNED,
                    new MemberBanned("10", "2", "1", "spam", true, AT)),
            Map.entry(ServerEvents.MEMBER_UNBANNED,
                    new MemberUnbanned("10", "2", "1", AT)),
            Map.entry(ServerEvents.MEMBER_UPDATED,
                    new MemberUpdated("10", "2", "nick", List.of("13"), AT)),
            Map.entry(ServerEvents.ROLE_CREATED,
                    new RoleCreated("10", "13", "mods", "8192", 1, 0xff0000, true, AT)),
            Map.entry(ServerEvents.ROLE_UPDATED,
                    new RoleUpdated("10", "13", "mods", "8194", 2, 0, false, AT)),
            Map.entry(ServerEvents.ROLE_DELETED,
                    new RoleDeleted("10", "13", AT)),
            Map.entry(ServerEvents.MESSAGE_CREATED,
                    new MessageCreated("10", "11", "14", "1", "hi <@2>", List.of("2"), List.of(), false, List.of("42"), "n1", AT)),
            Map.entry(ServerEvents.MESSAGE_UPDATED,
                    new MessageUpdated("10", "11", "14", "1", "hello", List.of(), List.of("13"), true, AT)),
            Map.entry(ServerEvents.MESSAGE_DELETED,
                    new MessageDeleted("10", "11", "14", "1", "1", AT)),
            Map.entry(DmEvents.CONVERSATION_CREATED,
                    new ConversationCreated("20", "group", "pals", "42", "1", List.of("1", "2", "3"), AT)),
            Map.entry(DmEvents.CONVERSATION_UPDATED,
                    new ConversationUpdated("20", "friends", null, "1", "21", List.of("1", "2", "3"), AT)),
            Map.entry(DmEvents.PARTICIPANT_ADDED,
                    new ParticipantAdded("20", "4", "1", "22", List.of("1", "2", "3", "4"), AT)),
            Map.entry(DmEvents.PARTICIPANT_REMOVED,
                    new ParticipantRemoved("20", "4", "4", "1", "23", List.of("1", "2", "3"), AT)),
            Map.entry(DmEvents.MESSAGE_CREATED,
                    new DmMessageCreated("24", "20", "1", "c-1", "hi", List.of("42"), null, List.of("1", "2"), AT)),
            Map.entry(DmEvents.MESSAGE_UPDATED,
                    new DmMessageUpdated("24", "20", "1", "hello", List.of("1", "2"), AT)),
            Map.entry(DmEvents.MESSAGE_DELETED,
                    new DmMessageDeleted("24", "20", "1", List.of("1", "2"), AT)),
            Map.entry(DmEvents.READ_MARKER_MOVED,
                    new ReadMarkerMoved("20", "2", "24", 0, true, List.of("1", "2"), AT)),
            Map.entry(FeedEvents.POST_CREATED,
                    new PostCreated("30", "1", "hi @bob #xcord", List.of("42"), "29", "2", null, null, null, "public",
                            List.of("2"), List.of("xcord"), AT)),
            Map.entry(FeedEvents.POST_DELETED, new PostDeleted("30", "1", AT)),
            Map.entry(FeedEvents.POST_REPLIED, new PostReplied("30", "1", "29", "2", "hi", "friends", null, AT)),
            Map.entry(FeedEvents.POST_QUOTED, new PostQuoted("31", "1", "29", "2", "look", "server", "10", AT)),
            Map.entry(FeedEvents.POST_MENTIONED, new PostMentioned("30", "1", "2", "hi @bob", AT)),
            Map.entry(FeedEvents.POST_LIKED, new PostLiked("30", "1", "2", AT)),
            Map.entry(FeedEvents.POST_UNLIKED, new PostUnliked("30", "1", "2", AT)),
            Map.entry(FeedEvents.POST_REPOSTED, new PostReposted("32", "30", "1", "2", AT)),
            Map.entry(FeedEvents.POST_UNREPOSTED, new PostUnreposted("32", "30", "1", "2", AT)));

    static Stream<EventType<?>> allTypes() {
        return EventTypes.ALL.stream();
    }

    @ParameterizedTest
    @MethodSource("allTypes")
    void everyPayloadSurvivesARoundTrip(EventType<?> type) {
        Object payload = SAMPLES.get(type);
        assertThat(payload).as("a sample payload for %s", type.name()).isNotNull();
        EventEnvelope<?> envelope = new EventEnvelope<>("ev-1", type.name(), "auth-service", AT, "1",
                type.version(), payload);

        EventEnvelope<?> decoded = codec.decode(codec.encode(envelope));

        assertThat(decoded).isEqualTo(envelope);
        assertThat(decoded.is(type)).isTrue();
    }

    @Test
    void envelopeUsesCloudEventsAttributeNamesAndIsoTime() {
        var envelope = EventEnvelope.of("ev-1", AuthEvents.USER_REGISTERED, "auth-service", AT, "1",
                new UserRegistered("1", "alice", "Alice", AT));

        String json = codec.encode(envelope);

        assertThat(json).contains("\"id\":\"ev-1\"", "\"type\":\"user.registered\"", "\"source\":\"auth-service\"",
                "\"time\":\"2026-01-02T03:04:05.678Z\"", "\"subject\":\"1\"", "\"version\":1", "\"userId\":\"1\"");
    }

    @Test
    void unknownTypeKeepsItsPayloadAsJson() {
        String json = "{\"id\":\"e\",\"type\":\"future.thing\",\"source\":\"x\",\"time\":\"2026-01-01T00:00:00Z\","
                + "\"subject\":\"9\",\"version\":3,\"data\":{\"a\":1}}";

        EventEnvelope<?> decoded = codec.decode(json);

        assertThat(decoded.type()).isEqualTo("future.thing");
        assertThat(decoded.data().toString()).contains("\"a\":1");
    }

    @Test
    void typedDecodeRefusesAnotherType() {
        String json = codec.encode(EventEnvelope.of("e", AuthEvents.USER_REGISTERED, "auth-service", AT, "1",
                new UserRegistered("1", "alice", "Alice", AT)));

        assertThatThrownBy(() -> codec.decode(json, AuthEvents.USER_UPDATED)).isInstanceOf(IllegalStateException.class);
        assertThat(codec.decode(json, AuthEvents.USER_REGISTERED).data().username()).isEqualTo("alice");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"", "not json", "{}", "{\"id\":\"e\"}",
            "{\"id\":\"e\",\"type\":\"user.registered\",\"source\":\"x\",\"time\":\"yesterday\",\"subject\":\"1\",\"version\":1}"})
    void garbageIsACodecError(String json) {
        assertThatThrownBy(() -> codec.decode(json)).isInstanceOf(EventCodec.EventCodecException.class);
    }

    @Test
    void deadLetterTopicIsTheTopicWithDlt() {
        assertThat(Topics.deadLetter(Topics.DM)).isEqualTo("xcord.dm.events.dlt");
    }
}
