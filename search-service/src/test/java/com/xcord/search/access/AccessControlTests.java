package com.xcord.search.access;

import com.xcord.permissions.Permissions;
import com.xcord.search.support.IntegrationTest;
import com.xcord.search.support.Servers;
import com.xcord.search.support.Servers.Server;
import com.xcord.servicekit.test.Api;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who finds what: each case first shows the item is found by someone who may see it, then that the one who may
 * not finds nothing — through {@code type=all} as well as the item's own type.
 */
class AccessControlTests extends IntegrationTest {

    @Nested
    class ChannelMessages {

        @ParameterizedTest
        @ValueSource(strings = {"kick", "ban"})
        void aMemberWhoIsKickedOrBannedFindsNothingMore(String removal) {
            String word = unique("w");
            long owner = people.registered("owner");
            long member = people.registered("member");
            Server server = servers.create(owner, "guild");
            servers.join(server, member);
            long message = servers.message(server, server.general(), owner, "about " + word);
            assertThat(searches.ids(member, word, "message")).containsExactly(id(message));

            if (removal.equals("kick")) {
                servers.kick(server, member);
            } else {
                servers.ban(server, member);
            }

            assertThat(searches.ids(member, word, "message")).isEmpty();
            assertThat(searches.ids(member, word, "all")).isEmpty();
            assertThat(searches.ids(owner, word, "message")).containsExactly(id(message));
        }

        @Test
        void aNewViewChannelDenyForTheMemberHidesTheChannel() {
            String word = unique("w");
            long owner = people.registered("owner");
            long member = people.registered("member");
            Server server = servers.create(owner, "guild");
            servers.join(server, member);
            long message = servers.message(server, server.general(), owner, word);
            assertThat(searches.ids(member, word, "all")).containsExactly(id(message));

            servers.overwrites(server, server.general(), Servers.denyMember(member, Permissions.VIEW_CHANNEL));

            assertThat(searches.ids(member, word, "message")).isEmpty();
            assertThat(searches.ids(member, word, "all")).isEmpty();
        }

        @Test
        void withoutReadMessageHistoryTheChannelsMessagesAreNotFound() {
            String word = unique("w");
            long owner = people.registered("owner");
            long member = people.registered("member");
            Server server = servers.create(owner, "guild");
            servers.join(server, member);
            servers.message(server, server.general(), owner, word);

            servers.overwrites(server, server.general(),
                    Servers.denyRole(server.id(), Permissions.READ_MESSAGE_HISTORY));

            assertThat(searches.ids(member, word, "all")).isEmpty();
            assertThat(searches.ids(owner, word, "all")).hasSize(1);
        }

        @Test
        void aRoleChangeTakesEffectOnTheNextSearch() {
            String word = unique("w");
            long owner = people.registered("owner");
            long member = people.registered("member");
            Server server = servers.create(owner, "guild");
            servers.join(server, member);
            long staff = servers.role(server, 0);
            long staffRoom = servers.channel(server, "staff");
            servers.overwrites(server, staffRoom, Servers.denyRole(server.id(), Permissions.VIEW_CHANNEL),
                    Servers.allowRole(staff, Permissions.VIEW_CHANNEL));
            long message = servers.message(server, staffRoom, owner, word + " for staff");
            assertThat(searches.ids(member, word, "message")).isEmpty();

            servers.roles(server, member, staff);
            assertThat(searches.ids(member, word, "message")).containsExactly(id(message));

            servers.roles(server, member);
            assertThat(searches.ids(member, word, "all")).isEmpty();
        }

        @Test
        void anAdministratorRoleSeesThroughDenies() {
            String word = unique("w");
            long owner = people.registered("owner");
            long admin = people.registered("admin");
            Server server = servers.create(owner, "guild");
            servers.join(server, admin);
            long administrators = servers.role(server, Permissions.ADMINISTRATOR);
            servers.roles(server, admin, administrators);
            servers.overwrites(server, server.general(), Servers.denyMember(admin, Permissions.VIEW_CHANNEL));
            long message = servers.message(server, server.general(), owner, word);

            assertThat(searches.ids(admin, word, "message")).containsExactly(id(message));
        }

        @Test
        void aNonMemberFindsNeitherTheMessagesNorTheServer() {
            String word = unique("w");
            long owner = people.registered("owner");
            long stranger = people.registered("stranger");
            Server server = servers.create(owner, word);
            servers.message(server, server.general(), owner, word);

            assertThat(searches.ids(owner, word, "all")).hasSize(2);
            assertThat(searches.ids(stranger, word, "all")).isEmpty();
            assertThat(searches.ids(stranger, word + " server:" + id(server.id()), "message")).isEmpty();
        }

        @Test
        void aHiddenNewerMessageNeitherShortensThePageNorLeavesACursor() {
            String word = unique("w");
            long owner = people.registered("owner");
            long member = people.registered("member");
            Server server = servers.create(owner, "guild");
            servers.join(server, member);
            long secret = servers.channel(server, "secret");
            servers.overwrites(server, secret, Servers.denyMember(member, Permissions.VIEW_CHANNEL));
            long visible = servers.message(server, server.general(), owner, word + " visible");
            servers.message(server, secret, owner, word + " hidden");

            Api.Response page = searches.get(member, "/api/v1/search", "q", word, "limit", "1");

            assertThat(page.body().path("items")).extracting(i -> i.path("id").asString())
                    .containsExactly(id(visible));
            assertThat(page.body().path("nextCursor").isNull()).isTrue();
            assertThat(page.raw()).doesNotContain("hidden");
        }
    }

    @Nested
    class DirectMessages {

        @Test
        void aGroupMemberWhoLeftStopsFindingItsMessages() {
            String word = unique("w");
            long alice = people.registered("alice");
            long bob = people.registered("bob");
            long carol = people.registered("carol");
            long group = conversations.open(alice, bob, carol);
            long before = conversations.send(group, alice, word + " before", alice, bob, carol);
            assertThat(searches.ids(carol, word, "dm")).containsExactly(id(before));

            conversations.leave(group, carol, alice, alice, bob);
            conversations.send(group, alice, word + " after", alice, bob);

            assertThat(searches.ids(carol, word, "dm")).isEmpty();
            assertThat(searches.ids(carol, word, "all")).isEmpty();
            assertThat(searches.ids(bob, word, "dm")).hasSize(2);
        }
    }

    @Nested
    class Posts {

        @Test
        void aFriendsOnlyPostIsFoundByFriendsOnly() {
            String word = unique("w");
            long author = people.registered("author");
            long friend = people.registered("friend");
            long stranger = people.registered("stranger");
            people.friends(author, friend);
            long post = feed.post(author, word, "friends", null);

            assertThat(searches.ids(author, word, "post")).containsExactly(id(post));
            assertThat(searches.ids(friend, word, "all")).containsExactly(id(post));
            assertThat(searches.ids(stranger, word, "post")).isEmpty();
            assertThat(searches.ids(stranger, word, "all")).isEmpty();
        }

        @Test
        void aServerOnlyPostIsFoundByTheServersMembersOnly() {
            String word = unique("w");
            long owner = people.registered("owner");
            long member = people.registered("member");
            long stranger = people.registered("stranger");
            Server server = servers.create(owner, "guild");
            servers.join(server, member);
            long post = feed.post(owner, word, "server", server.id());

            assertThat(searches.ids(member, word, "post")).containsExactly(id(post));
            assertThat(searches.ids(stranger, word, "all")).isEmpty();
        }

        @Test
        void blocksHidePostsInBothDirections() {
            String word = unique("w");
            long author = people.registered("author");
            long blocked = people.registered("blocked");
            long blocker = people.registered("blocker");
            long reader = people.registered("reader");
            long post = feed.post(author, word);
            people.block(author, blocked);
            people.block(blocker, author);

            assertThat(searches.ids(reader, word, "post")).containsExactly(id(post));
            assertThat(searches.ids(blocked, word, "post")).isEmpty();
            assertThat(searches.ids(blocked, word, "all")).isEmpty();
            assertThat(searches.ids(blocker, word, "all")).isEmpty();
        }
    }

    @Nested
    class People {

        @Test
        void someoneWhoBlockedMeIsNotFoundByMe() {
            String name = unique("hidden");
            long blocker = people.registered(com.xcord.search.support.Events.nextId(), name, null);
            long blocked = people.registered("blocked");
            long other = people.registered("other");
            people.block(blocker, blocked);

            assertThat(searches.ids(other, name, "user")).containsExactly(id(blocker));
            assertThat(searches.ids(blocked, name, "user")).isEmpty();
        }
    }
}
