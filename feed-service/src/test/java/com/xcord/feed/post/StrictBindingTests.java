package com.xcord.feed.post;

import com.xcord.feed.support.IntegrationTest;
import com.xcord.feed.support.World;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.xcord.servicekit.test.Problems.assertFieldError;
import static org.assertj.core.api.Assertions.assertThat;

/** A post's body is bound strictly (issue 12, finding 8): {@code content: 123} is not the text "123". */
class StrictBindingTests extends IntegrationTest {

    @Test
    void aNumberAsContentIs400AndStoresNothing() {
        long alice = World.newUserId();

        assertFieldError(api.post("/api/v1/posts").as(alice).json(Map.of("content", 123)).send(), "content");
        assertFieldError(api.post("/api/v1/posts").as(alice).json(Map.of("content", "hi", "pinned", true)).send(),
                "pinned");
        assertThat(count("SELECT count(*) FROM posts WHERE author_id = ?", alice)).isZero();
    }
}
