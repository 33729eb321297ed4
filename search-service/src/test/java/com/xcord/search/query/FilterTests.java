package com.xcord.search.query;

import com.xcord.search.support.IntegrationTest;
import com.xcord.search.support.Servers;
import com.xcord.search.support.Servers.Server;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static com.xcord.servicekit.test.Problems.assertFieldErrors;
import static org.assertj.core.api.Assertions.assertThat;

/** Each operator of DESIGN §3 narrows the results; each bad value is a 400 naming it. */
class FilterTests extends IntegrationTest {

    private String word;
    private long alice;
    private long bob;
    private Server server;
    private long otherChannel;
    private long byAlice;
    private long byBobWithLink;
    private long byBobInOther;

    @BeforeEach
    void content() {
        word = unique("w");
        String aliceName = unique("al");
        alice = people.registered(com.xcord.search.support.Events.nextId(), aliceName, null);
        bob = people.registered("bob");
        server = servers.create(alice, "guild");
        servers.join(server, bob);
        otherChannel = servers.channel(server, "other");
        byAlice = servers.message(server, server.general(), alice, word + " mentioning bob", List.of(bob),
                List.of("9001"));
        byBobWithLink = servers.message(server, server.general(), bob, word + " see https://example.com/x");
        byBobInOther = servers.message(server, otherChannel, bob, word + " elsewhere");
    }

    private List<String> found(String q) {
        return searches.ids(alice, q, "message");
    }

    @Test
    void fromByIdOrUsername() {
        assertThat(found(word + " from:" + bob)).containsExactly(id(byBobInOther), id(byBobWithLink));
        String username = searches.items(alice, "/api/v1/search", "q", word, "type", "message").get(0)
                .path("author").path("username").asString();
        assertThat(found(word + " from:" + username)).containsExactly(id(byBobInOther), id(byBobWithLink));
        assertThat(found(word + " from:@nobody_at_all")).isEmpty();
    }

    @Test
    void inAndServer() {
        assertThat(found(word + " in:" + otherChannel)).containsExactly(id(byBobInOther));
        assertThat(found(word + " server:" + server.id())).hasSize(3);
        assertThat(found(word + " server:12345")).isEmpty();
    }

    @Test
    void hasAndMentions() {
        assertThat(found(word + " has:link")).containsExactly(id(byBobWithLink));
        assertThat(found(word + " has:file")).containsExactly(id(byAlice));
        assertThat(found(word + " has:image")).isEmpty();
        assertThat(found(word + " mentions:" + bob)).containsExactly(id(byAlice));
    }

    @Test
    void beforeAfterAndPinned() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(found(word + " before:" + today.plusDays(1))).hasSize(3);
        assertThat(found(word + " before:" + today)).isEmpty();
        assertThat(found(word + " after:" + today.minusDays(1))).hasSize(3);
        assertThat(found(word + " after:" + today)).isEmpty();
        // server-service publishes no pin events yet: nothing is pinned
        assertThat(found(word + " pinned:false")).hasSize(3);
        assertThat(found(word + " pinned:true")).isEmpty();
    }

    @Test
    void filtersAloneFindByFilterNewestFirst() {
        assertThat(found("from:" + bob + " in:" + otherChannel)).containsExactly(id(byBobInOther));
    }

    @Test
    void filtersApplyToPostsAndDmsToo() {
        long post = feed.post(bob, word + " a post with https://x.example", "public", null, List.of(alice), List.of());
        long conversation = conversations.open(alice, bob);
        long dm = conversations.send(conversation, bob, word + " dm", List.of("77"), alice, bob);

        assertThat(searches.ids(alice, word + " has:link from:" + bob + " mentions:" + alice, "all"))
                .containsExactly(id(post));
        assertThat(searches.ids(alice, word + " has:file in:" + conversation, "all")).containsExactly(id(dm));
    }

    @Test
    void imageVideoAndFileComeFromTheMediaKindsOfTheNewerEventVersions() {
        long image = servers.messageWithMedia(server, server.general(), bob, word + " photo",
                List.of(Servers.media(bob, "image")));
        long video = servers.messageWithMedia(server, server.general(), bob, word + " clip",
                List.of(Servers.media(bob, "video"), Servers.media(bob, "audio")));
        long conversation = conversations.open(alice, bob);
        long dmImage = conversations.sendWithMedia(conversation, bob, word, List.of(Servers.media(bob, "image")),
                alice, bob);
        long postVideo = feed.postWithMedia(bob, word + " watch", List.of(Servers.media(bob, "video")));

        assertThat(found(word + " has:image")).containsExactly(id(image));
        assertThat(found(word + " has:video")).containsExactly(id(video));
        assertThat(found(word + " has:file")).containsExactly(id(video), id(image), id(byAlice));
        assertThat(searches.ids(alice, word + " has:image", "all")).containsExactly(id(dmImage), id(image));
        assertThat(searches.ids(alice, word + " has:video", "all")).containsExactly(id(postVideo), id(video));

        servers.editWithMedia(server, server.general(), image, bob, word + " no photo any more", List.of());
        conversations.editWithMedia(conversation, dmImage, bob, word + " edited", List.of(), alice, bob);
        assertThat(searches.ids(alice, word + " has:image", "all")).isEmpty();
        assertThat(found(word + " photo")).containsExactly(id(image));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "hello from:          | q: from: needs a value",
            "hello from:Not-A-Name| q: from: must be a user id or a username",
            "hello in:abc         | q: in: must be a channel or conversation id",
            "hello server:-1      | q: server: must be a server id",
            "hello has:gif        | q: has: must be one of link, image, file, video",
            "hello mentions:!x    | q: mentions: must be a user id or a username",
            "hello before:yesterday| q: before: must be a date (2026-03-01) or an ISO-8601 instant",
            "hello after:2026-13-01| q: after: must be a date (2026-03-01) or an ISO-8601 instant",
            "hello pinned:maybe   | q: pinned: must be true or false",
            "hello after:2026-03-02 before:2026-03-01| q: after: must be earlier than before:",
    })
    void aBadOperatorValueIsA400NamingIt(String q, String error) {
        assertFieldErrors(searches.get(alice, "/api/v1/search", "q", q.strip()), error.strip());
    }

    @Test
    void anOperatorATypeCannotApplyIsA400ForThatType() {
        assertFieldErrors(searches.get(alice, "/api/v1/search", "q", "hello has:link", "type", "user"),
                "q: has: does not apply to type=user");
        assertThat(searches.get(alice, "/api/v1/search", "q", word + " pinned:false", "type", "all").status())
                .isEqualTo(200);
    }
}
