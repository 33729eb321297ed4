package com.xcord.search.index;

import com.xcord.search.support.IntegrationTest;
import com.xcord.search.support.Servers.Server;
import com.xcord.servicekit.test.Api;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Edits and deletes reach the index: the new text is found, the old text and deleted items are not. */
class IndexingTests extends IntegrationTest {

    @Test
    void anEditedChannelMessageIsFoundByItsNewTextOnly() {
        String before = unique("w");
        String after = unique("w");
        long author = people.registered("author");
        Server server = servers.create(author, "guild");
        long message = servers.message(server, server.general(), author, before);

        servers.edit(server, server.general(), message, author, after);

        assertThat(searches.ids(author, before, "all")).isEmpty();
        assertThat(searches.ids(author, after, "all")).containsExactly(id(message));
        assertThat(searches.items(author, "/api/v1/search", "q", after).get(0).path("editedAt").asString())
                .isNotEmpty();
    }

    @Test
    void aDeletedChannelMessageIsGone() {
        String word = unique("w");
        long author = people.registered("author");
        Server server = servers.create(author, "guild");
        long message = servers.message(server, server.general(), author, word);
        assertThat(searches.ids(author, word, "all")).containsExactly(id(message));

        servers.delete(server, server.general(), message, author);

        assertThat(searches.ids(author, word, "all")).isEmpty();
    }

    @Test
    void anEditedOrDeletedDmFollows() {
        String before = unique("w");
        String after = unique("w");
        long alice = people.registered("alice");
        long bob = people.registered("bob");
        long conversation = conversations.open(alice, bob);
        long message = conversations.send(conversation, alice, before, alice, bob);

        conversations.edit(conversation, message, alice, after, alice, bob);
        assertThat(searches.ids(bob, before, "dm")).isEmpty();
        assertThat(searches.ids(bob, after, "dm")).containsExactly(id(message));

        conversations.delete(conversation, message, alice, alice, bob);
        assertThat(searches.ids(bob, after, "all")).isEmpty();
    }

    @Test
    void olderHistoryIsFoundAfterTheNewestDaysInOrderAndByRelevance() {
        String word = unique("w");
        long author = people.registered("author");
        Server server = servers.create(author, "guild");
        long monthsAgo = com.xcord.servicekit.id.SnowflakeIds.minIdAt(java.time.Instant.now().minus(
                java.time.Duration.ofDays(90))) + 7;
        long weeksAgo = com.xcord.servicekit.id.SnowflakeIds.minIdAt(java.time.Instant.now().minus(
                java.time.Duration.ofDays(10))) + 7;
        long old = servers.message(monthsAgo, server, server.general(), author, word + " " + word + " " + word,
                java.util.List.of(), java.util.List.of());
        long older = servers.message(weeksAgo, server, server.general(), author, word, java.util.List.of(),
                java.util.List.of());
        long recent = servers.message(server, server.general(), author, word + " and more words around it");

        assertThat(searches.ids(author, word, "message")).containsExactly(id(recent), id(older), id(old));
        assertThat(searches.items(author, "/api/v1/search", "q", word, "sort", "relevance").get(0).path("id")
                .asString()).isEqualTo(id(old));
        Api.Response firstPage = searches.get(author, "/api/v1/search", "q", word, "limit", "1");
        Api.Response secondPage = searches.get(author, "/api/v1/search", "q", word, "limit", "1", "before",
                firstPage.body().path("nextCursor").asString());
        assertThat(secondPage.body().path("items").get(0).path("id").asString()).isEqualTo(id(older));
    }

    @Test
    void aDeletedPostIsGone() {
        String word = unique("w");
        long author = people.registered("author");
        long post = feed.post(author, word);
        assertThat(searches.ids(author, word, "post")).containsExactly(id(post));

        feed.delete(post, author);

        assertThat(searches.ids(author, word, "all")).isEmpty();
    }

    @Test
    void aRenamedUserIsFoundByTheNewName() {
        String name = unique("nm");
        String renamed = unique("rn");
        long user = people.registered(com.xcord.search.support.Events.nextId(), name, null);
        long searcher = people.registered("searcher");
        assertThat(searches.ids(searcher, name, "user")).containsExactly(id(user));

        people.renamed(user, renamed, "Someone Else");

        assertThat(searches.ids(searcher, name, "user")).isEmpty();
        assertThat(searches.ids(searcher, renamed, "user")).containsExactly(id(user));
    }

    @Test
    void aDeletedServerTakesItsMessagesAlong() {
        String word = unique("w");
        long owner = people.registered("owner");
        Server server = servers.create(owner, word);
        servers.message(server, server.general(), owner, word);
        assertThat(searches.ids(owner, word, "all")).hasSize(2);

        servers.deleteServer(server);

        assertThat(searches.ids(owner, word, "all")).isEmpty();
    }
}
