package com.xcord.dm.membership;

import com.xcord.dm.support.IntegrationTest;
import com.xcord.servicekit.test.TestMedia;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.xcord.servicekit.test.Problems.assertFieldErrors;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A group's icon is an image the person setting it uploaded and media-service announced ready; anything else is a
 * 400 naming {@code iconMediaId}, and nothing changes.
 */
class GroupIconTests extends IntegrationTest {

    @Test
    void creatingOrChangingToSomeoneElsesUnknownOrNonImageIconIs400_andChangesNothing() {
        List<Long> people = users.registered(2);
        String others = media().readyImage(people.get(1)).id();
        String pdf = media().ready(TestMedia.file(people.get(0)), "attachment").id();
        long group = conversations.group(people.get(0), people.get(1));

        assertFieldErrors(api.post("/api/v1/dm/conversations").as(people.get(0)).json(Map.of("iconMediaId", others,
                "participantIds", List.of(Long.toString(people.get(1))))).send(),
                "iconMediaId: must be media you uploaded");
        assertFieldErrors(api.patch("/api/v1/dm/conversations/" + group).as(people.get(0))
                .json(Map.of("iconMediaId", TestMedia.unknownId())).send(),
                "iconMediaId: unknown media, or not processed yet");
        assertFieldErrors(api.patch("/api/v1/dm/conversations/" + group).as(people.get(0))
                .json(Map.of("name", "renamed", "iconMediaId", pdf)).send(), "iconMediaId: must be an image");

        assertThat(conversations.get(people.get(0), group).body().path("iconMediaId").isNull()).isTrue();
        assertThat(conversations.get(people.get(0), group).text("name")).isNotEqualTo("renamed");
        assertThat(count("SELECT count(*) FROM conversation WHERE owner_id = ?", people.get(0))).isEqualTo(1);
    }
}
