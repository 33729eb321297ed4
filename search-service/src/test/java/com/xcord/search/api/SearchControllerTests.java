package com.xcord.search.api;

import com.xcord.search.support.Events;
import com.xcord.search.support.IntegrationTest;
import com.xcord.search.support.Servers.Server;
import com.xcord.servicekit.test.Api;
import com.xcord.servicekit.test.TestTokens;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static com.xcord.servicekit.test.Problems.assertFieldError;
import static com.xcord.servicekit.test.Problems.assertFieldErrors;
import static com.xcord.servicekit.test.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** The three endpoints through HTTP, every item indexed from the producers' events on the real Kafka. */
class SearchControllerTests extends IntegrationTest {

    private static final String SEARCH = "/api/v1/search";
    private static final String ENTITIES = "/api/v1/search/entities";
    private static final String DMS = "/api/v1/search/dm";

    @Nested
    class Search {

        @Test
        void findsEachTypeInOneNewestFirstList() {
            String word = unique("zephyr");
            long alice = people.registered(Events.nextId(), word + "_user", "Alice");
            long bob = people.registered("bob");
            Server server = servers.create(alice, word + " club");
            servers.join(server, bob);
            long message = servers.message(server, server.general(), bob, "the " + word + " is here");
            long conversation = conversations.open(alice, bob);
            long dm = conversations.send(conversation, bob, "a private " + word, alice, bob);
            long post = feed.post(bob, "public " + word + " post");

            List<JsonNode> items = searches.items(alice, SEARCH, "q", word);

            assertThat(items).extracting(i -> i.path("type").asString() + ":" + i.path("id").asString())
                    .containsExactly("post:" + id(post), "dm:" + id(dm), "message:" + id(message),
                            "server:" + id(server.id()), "user:" + id(alice));
            JsonNode found = items.get(2);
            assertThat(found.path("serverId").asString()).isEqualTo(id(server.id()));
            assertThat(found.path("channelId").asString()).isEqualTo(id(server.general()));
            assertThat(found.path("author").path("id").asString()).isEqualTo(id(bob));
            assertThat(found.path("createdAt").asString()).isNotEmpty();
            assertThat(found.path("highlight").asString()).isEqualTo("the <mark>" + word + "</mark> is here");
        }

        @Test
        void pagesNewestFirstWithTheCursor() {
            String word = unique("paging");
            long author = people.registered("author");
            long first = feed.post(author, word + " one");
            long second = feed.post(author, word + " two");
            long third = feed.post(author, word + " three");

            Api.Response page = searches.get(author, SEARCH, "q", word, "limit", "2");
            assertThat(page.body().path("items")).extracting(i -> i.path("id").asString())
                    .containsExactly(id(third), id(second));
            String cursor = page.body().path("nextCursor").asString();
            assertThat(cursor).isEqualTo(id(second));

            Api.Response next = searches.get(author, SEARCH, "q", word, "limit", "2", "before", cursor);
            assertThat(next.body().path("items")).extracting(i -> i.path("id").asString()).containsExactly(id(first));
            assertThat(next.body().path("nextCursor").isNull()).isTrue();
        }

        @Test
        void relevanceRanksTheBetterMatchFirst() {
            String word = unique("rank");
            long author = people.registered("ranker");
            long better = feed.post(author, word + " " + word + " " + word);
            long newer = feed.post(author, "one " + word + " among many other words that dilute it a lot");

            List<JsonNode> items = searches.items(author, SEARCH, "q", word, "sort", "relevance");

            assertThat(items).extracting(i -> i.path("id").asString()).containsExactly(id(better), id(newer));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", " ", "a", "é"})
        void refusesAnEmptyOrOneCharacterQuery(String q) {
            assertFieldError(searches.get(people.registered("u"), SEARCH, "q", q), "q");
        }

        @Test
        void refusesAMissingQuery() {
            assertFieldError(searches.get(people.registered("u"), SEARCH), "q");
        }

        @Test
        void refusesAnOverLongQueryOrTooManyTerms() {
            long user = people.registered("u");
            assertFieldErrors(searches.get(user, SEARCH, "q", "x".repeat(513)), "q: must be at most 512 characters");
            assertFieldErrors(searches.get(user, SEARCH, "q", "word ".repeat(33)),
                    "q: must have at most 32 words and filters");
        }

        @Test
        void refusesQueriesWithNothingToLookUp() {
            long user = people.registered("u");
            assertFieldErrors(searches.get(user, SEARCH, "q", "!! ?? &&"),
                    "q: must contain a word to search for (letters or digits)");
            assertFieldErrors(searches.get(user, SEARCH, "q", "-draft"),
                    "q: must contain a word to find, not only exclusions");
        }

        @Test
        void operatorSyntaxIsJustTextForTheQuery() {
            long user = people.registered("u");
            for (String q : List.of("a & b | !c", "'x':* <-> (y", "\"unterminated", "foo) OR (bar", "\\ ; DROP TABLE post; --")) {
                assertThat(searches.get(user, SEARCH, "q", q).status()).as(q).isEqualTo(200);
            }
        }

        @Test
        void refusesAnUnknownTypeSortOrCursorDirection() {
            long user = people.registered("u");
            assertFieldError(searches.get(user, SEARCH, "q", "hello", "type", "everything"), "type");
            assertFieldError(searches.get(user, SEARCH, "q", "hello", "sort", "oldest"), "sort");
            assertProblem(searches.get(user, SEARCH, "q", "hello", "after", "1"), 400);
            assertFieldError(searches.get(user, SEARCH, "q", "hello", "limit", "101"), "limit");
        }

        @Test
        void needsAValidToken() {
            assertProblem(api.get(SEARCH + "?q=hello").send(), 401);
            assertProblem(api.get(SEARCH + "?q=hello").token(TestTokens.expired(1)).send(), 401);
            assertProblem(api.get(SEARCH + "?q=hello").token(TestTokens.algNone(1)).send(), 401);
        }
    }

    @Nested
    class Entities {

        @Test
        void findsPeopleServersPostsAndMessagesButNoDms() {
            String word = unique("entity");
            long alice = people.registered("alice");
            long bob = people.registered("bob");
            long conversation = conversations.open(alice, bob);
            conversations.send(conversation, bob, "secret " + word, alice, bob);
            long post = feed.post(bob, "about " + word);

            assertThat(searches.items(alice, ENTITIES, "q", word)).extracting(i -> i.path("id").asString())
                    .containsExactly(id(post));
            assertThat(searches.items(alice, ENTITIES, "q", word, "type", "post"))
                    .extracting(i -> i.path("type").asString()).containsExactly("post");
            assertThat(searches.items(alice, ENTITIES, "q", word, "type", "message")).isEmpty();
        }

        @Test
        void refusesTypeDmAndBadInput() {
            long user = people.registered("u");
            assertFieldError(searches.get(user, ENTITIES, "q", "hello", "type", "dm"), "type");
            assertFieldError(searches.get(user, ENTITIES, "q", "h"), "q");
            assertFieldErrors(searches.get(user, ENTITIES, "q", "hello in:1", "type", "post"),
                    "q: in: does not apply to type=post");
        }

        @Test
        void needsAValidToken() {
            assertProblem(api.get(ENTITIES + "?q=hello").send(), 401);
            assertProblem(api.get(ENTITIES + "?q=hello").token(TestTokens.signedByAnotherKey(1)).send(), 401);
        }
    }

    @Nested
    class Dm {

        @Test
        void findsMyDirectMessagesAndNarrowsToAConversation() {
            String word = unique("whisper");
            long alice = people.registered("alice");
            long bob = people.registered("bob");
            long carol = people.registered("carol");
            long withBob = conversations.open(alice, bob);
            long withCarol = conversations.open(alice, carol);
            long fromBob = conversations.send(withBob, bob, word + " from bob", alice, bob);
            long fromCarol = conversations.send(withCarol, carol, word + " from carol", alice, carol);

            assertThat(searches.items(alice, DMS, "q", word)).extracting(i -> i.path("id").asString())
                    .containsExactly(id(fromCarol), id(fromBob));
            List<JsonNode> narrowed = searches.items(alice, DMS, "q", word, "conversationId", id(withBob));
            assertThat(narrowed).extracting(i -> i.path("id").asString()).containsExactly(id(fromBob));
            assertThat(narrowed.get(0).path("conversationId").asString()).isEqualTo(id(withBob));
            assertThat(narrowed.get(0).path("sender").path("id").asString()).isEqualTo(id(bob));
            assertThat(narrowed.get(0).path("highlight").asString()).contains("<mark>" + word + "</mark>");
        }

        @Test
        void someoneElsesConversationFindsNothing() {
            String word = unique("private");
            long alice = people.registered("alice");
            long bob = people.registered("bob");
            long eve = people.registered("eve");
            long conversation = conversations.open(alice, bob);
            conversations.send(conversation, bob, word, alice, bob);

            assertThat(searches.items(eve, DMS, "q", word, "conversationId", id(conversation))).isEmpty();
            assertThat(searches.items(eve, SEARCH, "q", word, "type", "all")).isEmpty();
        }

        @Test
        void refusesABadConversationIdOrBothWaysOfNarrowing() {
            long user = people.registered("u");
            assertFieldError(searches.get(user, DMS, "q", "hello", "conversationId", "abc"), "conversationId");
            assertFieldErrors(searches.get(user, DMS, "q", "hello in:5", "conversationId", "5"),
                    "q: in: use conversationId or in:, not both");
            assertFieldErrors(searches.get(user, DMS, "q", "hello pinned:true"),
                    "q: pinned: does not apply to type=dm");
        }

        @Test
        void needsAValidToken() {
            assertProblem(api.get(DMS + "?q=hello").send(), 401);
            assertProblem(api.get(DMS + "?q=hello").token(TestTokens.wrongAudience(1)).send(), 401);
        }
    }
}
