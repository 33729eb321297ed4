package com.xcord.dm.message;

import com.xcord.dm.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.xcord.servicekit.test.Problems.assertFieldError;
import static org.assertj.core.api.Assertions.assertThat;

/** A message's body is bound strictly (issue 12, finding 8): {@code content: 123} is not the text "123". */
class StrictBindingTests extends IntegrationTest {

    @Test
    void aNumberAsContentIs400AndStoresNothing() {
        List<Long> pair = users.registered(2);
        long id = conversations.direct(pair.get(0), pair.get(1));
        String messages = "/api/v1/dm/conversations/" + id + "/messages";

        assertFieldError(api.post(messages).as(pair.get(0)).json(Map.of("content", 123, "clientId", "c-1")).send(),
                "content");
        assertFieldError(api.post(messages).as(pair.get(0)).json(Map.of("content", "hi", "clientId", "c-2",
                "senderId", Long.toString(pair.get(1)))).send(), "senderId");
        assertThat(count("SELECT count(*) FROM message WHERE conversation_id = ?", id)).isZero();
    }
}
