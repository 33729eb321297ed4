package com.xcord.feed.post;

import com.xcord.events.media.MediaAttachment;
import com.xcord.feed.audience.KnownUsers;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.id.SnowflakeIds;
import com.xcord.servicekit.media.AttachableMedia;
import com.xcord.servicekit.media.MediaUse;
import com.xcord.servicekit.web.BadRequestException;
import com.xcord.servicekit.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Writes a post: the body was validated as a whole ({@link PostRequest}'s constraints: 400 with
 * every bad field, nothing stored), then this resolves what it refers to (404 for anything the author may not see), then stores the
 * post, its timeline entry and its events in one transaction.
 */
@Service
class PostCreation {

    static final int MAX_MEDIA = 4;

    private final PostRepository posts;
    private final PostViews views;
    private final KnownUsers users;
    private final PostEvents events;
    private final SnowflakeIds ids;
    private final AttachableMedia attachable;

    PostCreation(PostRepository posts, PostViews views, KnownUsers users, PostEvents events, SnowflakeIds ids,
            AttachableMedia attachable) {
        this.posts = posts;
        this.views = views;
        this.users = users;
        this.events = events;
        this.ids = ids;
        this.attachable = attachable;
    }

    /** The request, checked and parsed. */
    private record Checked(String content, List<Long> mediaIds, Long replyToId, Long quoteOfId, Long serverId,
            Audience audience) {
    }

    @Transactional
    PostView create(long me, PostRequest request) {
        Checked body = check(request);
        // the author's own ready media, in one lookup (none without mediaIds); anything else is a 400 naming it
        List<MediaAttachment> media = attachable.require(me, body.mediaIds(), MediaUse.ATTACHMENT, "mediaIds");
        long id = ids.next();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

        PostRow parent = body.replyToId() == null ? null : liveVisible(me, body.replyToId());
        PostRow quoted = body.quoteOfId() == null ? null : liveVisible(me, body.quoteOfId());
        Audience audience;
        Long serverId;
        long ownerId;
        long rootId;
        if (parent != null) {
            // a reply joins its thread's audience: it can never reach further than the thread
            if (body.serverId() != null && !body.serverId().equals(parent.serverId())) {
                throw BadRequestException.field("serverId", "a reply belongs to its thread's server");
            }
            if (body.audience() != null && body.audience() != parent.audience()) {
                throw BadRequestException.field("visibility", "a reply has its thread's visibility");
            }
            audience = parent.audience();
            serverId = parent.serverId();
            ownerId = parent.ownerId();
            rootId = parent.rootId();
        } else {
            serverId = body.serverId();
            audience = serverId != null ? Audience.SERVER : body.audience() == null ? Audience.PUBLIC : body.audience();
            if (serverId != null && !users.isMember(me, serverId)) {
                throw new NotFoundException("server not found");
            }
            ownerId = me;
            rootId = id;
        }

        PostText text = PostText.of(body.content());
        List<Long> mentionIds = List.copyOf(new LinkedHashSet<>(users.idsByUsername(text.mentionedUsernames())
                .values()));
        PostRow post = new PostRow(id, me, ownerId, body.content(), body.mediaIds(), media, body.replyToId(), rootId,
                body.quoteOfId(), audience, serverId, mentionIds, text.hashtags(), 0, 0, now, null);
        posts.insert(post);
        events.created(post, parent, quoted,
                post.mentionIds().isEmpty() ? List.of() : posts.mentionedViewers(post.id()));
        return views.one(me, id);
    }

    private PostRow liveVisible(long me, long id) {
        return posts.findVisible(id, me).filter(p -> !p.deleted()).orElseThrow(PostAccess::notFound);
    }

    /** The validated request (its constraints ran in the controller) in the domain's terms. */
    private static Checked check(PostRequest request) {
        if (request == null) {
            throw new BadRequestException("A body is required");
        }
        String content = request.content() == null || request.content().isBlank() ? null : request.content();
        List<Long> media = request.mediaIds() == null ? List.of() : request.mediaIds().stream().map(Ids::parse).toList();
        Audience audience = request.visibility() == null ? null : Audience.fromWireName(request.visibility()).orElseThrow();
        return new Checked(content, media, optionalId(request.replyToId()), optionalId(request.quoteOfId()),
                optionalId(request.serverId()), audience);
    }

    private static Long optionalId(String raw) {
        return raw == null ? null : Ids.parse(raw);
    }
}
