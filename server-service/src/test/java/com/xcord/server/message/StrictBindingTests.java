package com.xcord.server.message;

import com.xcord.server.support.IntegrationTest;
import com.xcord.server.support.TestServer;
import org.junit.jupiter.api.Test;

import static com.xcord.servicekit.test.Problems.assertFieldError;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Channel bodies are bound strictly (issue 12, finding 8): {@code content: 123} is not the text "123", and an
 * overwrite or a role change with a field it does not take (a misspelt {@code allow}) is refused rather than half
 * applied.
 */
class StrictBindingTests extends IntegrationTest {

    @Test
    void aNumberAsContentIs400AndStoresNothing() {
        TestServer server = fixtures.server();

        assertFieldError(api.post(server.messagesPath()).as(server.owner()).json(body("content", 123)).send(),
                "content");
        assertThat(count("SELECT count(*) FROM messages WHERE channel_id = ?", Long.parseLong(server.generalChannelId())))
                .isZero();
    }

    @Test
    void anOverwriteWithAnUnknownFieldIs400AndChangesNothing() {
        TestServer server = fixtures.server();
        String overwrite = server.channelPath(server.generalChannelId()) + "/overwrites/" + server.everyoneRoleId();

        assertFieldError(api.put(overwrite).as(server.owner()).json(body("type", "role", "deny", "1024",
                "allows", "8")).send(), "allows");
        assertThat(count("SELECT count(*) FROM channel_overwrites WHERE channel_id = ?",
                Long.parseLong(server.generalChannelId()))).isZero();
    }

    @Test
    void aRoleChangeWithAnUnknownFieldIs400AndChangesNothing() {
        TestServer server = fixtures.server();
        String role = api.post(server.path() + "/roles").as(server.owner()).json(body("name", "mods")).send().expect(201)
                .text("id");

        assertFieldError(api.patch(server.path() + "/roles/" + role).as(server.owner())
                .json(body("name", "admins", "administrator", true)).send(), "administrator");
        assertThat(count("SELECT count(*) FROM roles WHERE id = ? AND name = 'mods'", Long.parseLong(role))).isEqualTo(1);
    }
}
