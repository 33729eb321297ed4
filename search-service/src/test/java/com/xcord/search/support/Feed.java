package com.xcord.search.support;

import com.xcord.events.feed.FeedEvents;
import com.xcord.events.feed.PostCreated;
import com.xcord.events.feed.PostCreatedV2;
import com.xcord.events.media.MediaAttachment;
import com.xcord.events.feed.PostDeleted;

import java.time.Instant;
import java.util.List;

import static com.xcord.servicekit.id.Ids.format;

/** Posts, announced on feed-service's topic keyed by post. */
public final class Feed {

    private final Events events;

    Feed(Events events) {
        this.events = events;
    }

    public long post(long author, String content) {
        return post(author, content, "public", null);
    }

    /** A post with {@code visibility} public, friends or server ({@code serverId} set). */
    public long post(long author, String content, String visibility, Long serverId) {
        return post(author, content, visibility, serverId, List.of(), List.of());
    }

    public long post(long author, String content, String visibility, Long serverId, List<Long> mentions,
            List<String> mediaIds) {
        long id = Events.nextId();
        events.apply(FeedEvents.POST_CREATED, id, new PostCreated(format(id), format(author), content, mediaIds, null,
                null, null, null, serverId == null ? null : format(serverId), visibility,
                mentions.stream().map(String::valueOf).toList(), List.of(), Instant.now()));
        return id;
    }

    /** A public post as feed-service publishes it since issue 15 ({@code post.created} v2, media embedded). */
    public long postWithMedia(long author, String content, List<MediaAttachment> media) {
        long id = Events.nextId();
        events.apply(FeedEvents.POST_CREATED_V2, id, new PostCreatedV2(format(id), format(author), content, media,
                null, null, null, null, null, "public", List.of(), List.of(), Instant.now()));
        return id;
    }

    public void delete(long post, long author) {
        events.apply(FeedEvents.POST_DELETED, post, new PostDeleted(format(post), format(author), Instant.now()));
    }
}
