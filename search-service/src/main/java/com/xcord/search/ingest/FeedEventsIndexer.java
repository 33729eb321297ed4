package com.xcord.search.ingest;

import com.xcord.events.feed.FeedEvents;
import com.xcord.search.SearchProperties;
import com.xcord.search.posts.Posts;
import com.xcord.search.text.ContentFlags;
import com.xcord.servicekit.consumer.IdempotentConsumer;
import com.xcord.servicekit.projection.EventProjection;
import org.springframework.stereotype.Component;

import static com.xcord.search.ingest.EventIds.ids;
import static com.xcord.search.ingest.EventIds.kinds;
import static com.xcord.servicekit.id.Ids.parse;

/** feed-service's posts (keyed by post, so a post's creation comes before its deletion). */
@Component
class FeedEventsIndexer extends EventProjection {

    FeedEventsIndexer(IdempotentConsumer once, Posts posts, SearchProperties properties, IndexLag lag) {
        super(Consumers.name("feed", properties), once);
        on(FeedEvents.POST_CREATED, p -> {
            posts.insert(parse(p.postId()), parse(p.authorId()), p.content(), p.visibility(),
                    p.serverId() == null ? null : parse(p.serverId()), ids(p.mentionedUserIds()),
                    ContentFlags.of(p.content(), p.mediaIds()), p.createdAt());
            lag.indexed("feed", p.createdAt());
        });
        on(FeedEvents.POST_CREATED_V2, p -> {
            posts.insert(parse(p.postId()), parse(p.authorId()), p.content(), p.visibility(),
                    p.serverId() == null ? null : parse(p.serverId()), ids(p.mentionedUserIds()),
                    ContentFlags.ofKinds(p.content(), kinds(p.media())), p.createdAt());
            lag.indexed("feed", p.createdAt());
        });
        on(FeedEvents.POST_DELETED, p -> posts.delete(parse(p.postId())));
    }
}
