package com.xcord.notification.intake;

import com.xcord.notification.support.IntegrationTest;
import com.xcord.notification.support.World;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.xcord.notification.support.Notifications.about;
import static com.xcord.notification.support.Notifications.ofType;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Channel mentions from server-service's messages: visibility (the permission projection), the members' server and
 * channel settings, and @everyone / role mentions written by the batched fan-out.
 */
class MentionNotificationsTests extends IntegrationTest {

    @Test
    void aDirectMentionNotifiesTheMemberWithTheMessageAsSubject() {
        long owner = world.user();
        World.Guild guild = world.server(owner);
        long member = world.user();
        guild.join(member);
        long message = guild.message(guild.general, owner, "hey @member", List.of(member));

        JsonNode mention = notifications.await(member, ofType("mention"));
        assertThat(mention.path("actor").path("id").asString()).isEqualTo(Long.toString(owner));
        assertThat(mention.path("subject").path("type").asString()).isEqualTo("message");
        assertThat(mention.path("subject").path("id").asString()).isEqualTo(Long.toString(message));
        assertThat(mention.path("subject").path("serverId").asString()).isEqualTo(Long.toString(guild.id));
        assertThat(mention.path("subject").path("channelId").asString()).isEqualTo(Long.toString(guild.general));
        assertThat(mention.path("subject").path("excerpt").asString()).isEqualTo("hey @member");
    }

    @Test
    void messageVersion2MentionsTheSame() {
        long owner = world.user();
        World.Guild guild = world.server(owner);
        long member = world.user();
        guild.join(member);
        long message = guild.messageV2(guild.general, owner, "v2 @member", List.of(member), false);

        notifications.await(member, about(message));
    }

    @Test
    void aMentionInAChannelTheMemberCannotViewIsNoNotificationNorIsMentioningYourself() {
        long owner = world.user();
        World.Guild guild = world.server(owner);
        long member = world.user();
        guild.join(member);
        long hidden = guild.channelHiddenFrom(member);
        guild.message(hidden, owner, "secret @member", List.of(member));
        guild.message(guild.general, member, "me, myself", List.of(member));
        long visible = guild.message(guild.general, owner, "public @member", List.of(member));

        // the server's events are in order: once the last mention is applied, the others were too
        notifications.await(member, about(visible));
        assertThat(notifications.of(member)).hasSize(1);
    }

    @Test
    void aChannelSetToNothingGetsNoMention() {
        long owner = world.user();
        World.Guild guild = world.server(owner);
        long member = world.user();
        guild.join(member);
        long quiet = guild.channel();
        settings(member, Map.of("channels", List.of(Map.of("id", Long.toString(quiet), "level", "nothing"))));
        guild.message(quiet, owner, "@member here?", List.of(member));
        long elsewhere = guild.message(guild.general, owner, "@member there?", List.of(member));

        notifications.await(member, about(elsewhere));
        assertThat(notifications.of(member)).hasSize(1);
    }

    @Test
    void aMutedServerStillDeliversDirectMentionsButNotEveryone() {
        long owner = world.user();
        World.Guild guild = world.server(owner);
        long member = world.user();
        guild.join(member);
        settings(member, Map.of("servers", List.of(Map.of("id", Long.toString(guild.id), "level", "inherit",
                "mutedUntil", "forever"))));
        guild.message(guild.general, owner, "@everyone hello", List.of(), List.of(), true);
        long direct = guild.message(guild.general, owner, "@member hello", List.of(member));

        notifications.await(member, about(direct));
        World.awaitUntil(world::fanoutsDone);
        assertThat(notifications.of(member)).hasSize(1);
    }

    @Test
    void suppressEveryoneIgnoresEveryoneButNotTheOthers() {
        long owner = world.user();
        World.Guild guild = world.server(owner);
        long quiet = world.user();
        long loud = world.user();
        guild.join(quiet);
        guild.join(loud);
        settings(quiet, Map.of("servers", List.of(Map.of("id", Long.toString(guild.id), "level", "mentions",
                "suppressEveryone", true))));
        long everyone = guild.message(guild.general, owner, "@everyone party", List.of(), List.of(), true);

        notifications.await(loud, about(everyone));
        World.awaitUntil(world::fanoutsDone);
        assertThat(notifications.of(quiet)).isEmpty();
        assertThat(notifications.of(owner)).as("the author is not told about their own @everyone").isEmpty();
    }

    @Test
    void everyoneReachesEveryMemberWhoCanViewTheChannelInBatches() {
        long owner = world.user();
        World.Guild guild = world.server(owner);
        // more members than one fan-out batch (fanout-batch: 7 in the tests)
        List<Long> members = guild.members(20);
        long blind = members.get(3);
        long channel = guild.channelHiddenFrom(blind);
        long message = guild.message(channel, owner, "@everyone standup", List.of(), List.of(), true);

        List<Long> seeing = new ArrayList<>(members);
        seeing.remove(blind);
        for (long member : seeing) {
            notifications.await(member, about(message));
        }
        World.awaitUntil(world::fanoutsDone);
        assertThat(notifications.of(blind)).isEmpty();
        assertThat(count("SELECT count(*) FROM notification WHERE subject_id = ?", message)).isEqualTo(seeing.size());
    }

    @Test
    void aRoleMentionReachesTheRolesMembersAndADirectMentionOnTheSameMessageCountsOnce() {
        long owner = world.user();
        World.Guild guild = world.server(owner);
        List<Long> members = guild.members(3);
        long role = guild.role();
        guild.giveRole(members.get(0), role);
        guild.giveRole(members.get(1), role);
        long message = guild.message(guild.general, owner, "@crew and @first", List.of(members.get(0)),
                List.of(role), false);

        notifications.await(members.get(1), about(message));
        World.awaitUntil(world::fanoutsDone);
        assertThat(notifications.of(members.get(0))).hasSize(1);
        assertThat(notifications.of(members.get(2))).isEmpty();
    }

    @Test
    void aDeletedMessageTakesItsMentionsBack() {
        long owner = world.user();
        World.Guild guild = world.server(owner);
        long member = world.user();
        guild.join(member);
        long message = guild.message(guild.general, owner, "@member oops", List.of(member));
        notifications.await(member, about(message));

        guild.deleteMessage(guild.general, message, owner);

        notifications.awaitCount(member, 0);
    }

    private void settings(long user, Map<String, Object> change) {
        assertThat(api.put("/api/v1/notifications/settings").as(user).json(change).send().status()).isEqualTo(200);
    }
}
