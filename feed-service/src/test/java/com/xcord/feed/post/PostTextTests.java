package com.xcord.feed.post;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PostTextTests {

    @Test
    void extractsMentionsAndHashtagsOnce() {
        PostText text = PostText.of("hey @Alice and @bob.smith. see #Java #java #42 #ça_va, mail me@example.com");

        assertThat(text.mentionedUsernames()).containsExactly("alice", "bob.smith");
        assertThat(text.hashtags()).containsExactly("java", "ça_va");
    }

    @Test
    void tooShortMentionsAndAnchorsAreNotMentions() {
        assertThat(PostText.of("@a &#39; x#y").mentionedUsernames()).isEmpty();
        assertThat(PostText.of("@a &#39; x#y").hashtags()).isEmpty();
        assertThat(PostText.of(null).hashtags()).isEmpty();
    }
}
