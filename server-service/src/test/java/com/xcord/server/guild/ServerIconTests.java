package com.xcord.server.guild;

import com.xcord.server.support.IntegrationTest;
import com.xcord.server.support.TestServer;
import com.xcord.server.support.TestUser;
import com.xcord.servicekit.test.TestMedia;
import org.junit.jupiter.api.Test;

import static com.xcord.servicekit.test.Problems.assertFieldErrors;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server's icon is an image the person setting it uploaded and media-service announced ready; anything else is a
 * 400 naming {@code iconMediaId}, and nothing is stored.
 */
class ServerIconTests extends IntegrationTest {

    private static final String SERVERS = "/api/v1/servers";

    @Test
    void creatingWithSomeoneElsesUnknownFailedOrNonImageIconIs400_andStoresNothing() {
        TestUser alice = TestUser.named("alice");
        String bobs = media().ready(TestMedia.image(TestUser.named("bob").id()), "icon").id();
        String pdf = media().ready(TestMedia.file(alice.id()), "attachment").id();
        String failed = media().failed(alice.id());

        assertFieldErrors(api.post(SERVERS).as(alice).json(body("name", "x1", "iconMediaId", bobs)).send(),
                "iconMediaId: must be media you uploaded");
        assertFieldErrors(api.post(SERVERS).as(alice).json(body("name", "x2", "iconMediaId", TestMedia.unknownId()))
                .send(), "iconMediaId: unknown media, or not processed yet");
        assertFieldErrors(api.post(SERVERS).as(alice).json(body("name", "x3", "iconMediaId", failed)).send(),
                "iconMediaId: media processing failed");
        assertFieldErrors(api.post(SERVERS).as(alice).json(body("name", "x4", "iconMediaId", pdf)).send(),
                "iconMediaId: must be an image");

        assertThat(count("SELECT count(*) FROM servers WHERE owner_id = ?", alice.id())).isZero();
    }

    @Test
    void changingTheIconChecksTheNewOne_clearingOrKeepingItDoesNot() {
        TestServer server = fixtures.server();
        TestUser owner = server.owner();
        String mine = media().ready(TestMedia.image(owner.id()), "icon").id();
        var gone = media().readyImage(owner.id());
        media().deleted(gone);

        api.patch(server.path()).as(owner).json(body("iconMediaId", mine)).send().expect(200);
        assertFieldErrors(api.patch(server.path()).as(owner).json(body("iconMediaId", gone.id())).send(),
                "iconMediaId: unknown media, or not processed yet");
        assertThat(api.get(server.path()).as(owner).send().expect(200).text("iconMediaId")).isEqualTo(mine);
        api.patch(server.path()).as(owner).json(body("name", "renamed", "iconMediaId", mine)).send().expect(200);
        api.patch(server.path()).as(owner).json(body("iconMediaId", null)).send().expect(200);
        assertThat(api.get(server.path()).as(owner).send().expect(200).body().path("iconMediaId").isNull()).isTrue();
    }
}
