package com.xcord.feed.post;

import com.xcord.feed.audience.KnownUsers;
import com.xcord.servicekit.id.SnowflakeIds;
import com.xcord.servicekit.web.BadRequestException;
import com.xcord.servicekit.web.FieldViolation;
import com.xcord.servicekit.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a post: validates the whole body first (400 with every bad field, nothing stored),
 * then resolves what it refers to (404 for anything the author may not see), then stores the
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

    PostCreation(PostRepository posts, PostViews views, KnownUsers users, PostEvents events, SnowflakeIds ids) {
        this.posts = posts;
        this.views = views;
        this.users = users;
        this.events = events;
        this.ids = ids;
    }

    /** The request, checked and parsed. */
    private record Checked(String content, List<Long> mediaIds, Long replyToId, Long quoteOfId, Long serverId,
            Audience audience) {
    }

    @Transactional
    PostView create(long me, PostRequest request) {
        Checked body = check(request);
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
        PostRow post = new PostRow(id, me, ownerId, body.content(), body.mediaIds(), body.replyToId(), rootId,
                body.quoteOfId(), audience, serverId, mentionIds, text.hashtags(), 0, 0, now, null);
        posts.insert(post);
        events.created(post, parent, quoted,
                post.mentionIds().isEmpty() ? List.of() : posts.mentionedViewers(post.id()));
        return views.one(me, id);
    }

    private PostRow liveVisible(long me, long id) {
        return posts.findVisible(id, me).filter(p -> !p.deleted()).orElseThrow(PostAccess::notFound);
    }

    private static Checked check(PostRequest request) {
        if (request == null) {
            throw new BadRequestException("A body is required");
        }
        List<FieldViolation> errors = new ArrayList<>();
        List<Long> media = new ArrayList<>();
        if (request.mediaIds() != null) {
            if (request.mediaIds().size() > MAX_MEDIA) {
                errors.add(new FieldViolation("mediaIds", "at most " + MAX_MEDIA + " media"));
            }
            Set<Long> seen = new LinkedHashSet<>();
            for (String raw : request.mediaIds()) {
                Long id = id(raw);
                if (id == null) {
                    errors.add(new FieldViolation("mediaIds", "must be ids"));
                    break;
                }
                if (!seen.add(id)) {
                    errors.add(new FieldViolation("mediaIds", "must not repeat an id"));
                    break;
                }
            }
            media.addAll(seen);
        }
        String content = request.content();
        boolean noText = content == null || content.isBlank();
        if (noText && media.isEmpty() && errors.isEmpty()) {
            errors.add(new FieldViolation("content", "must not be blank unless the post has media"));
        }
        if (content != null && content.codePointCount(0, content.length()) > PostText.MAX_LENGTH) {
            errors.add(new FieldViolation("content", "must be at most " + PostText.MAX_LENGTH + " characters"));
        }
        Long replyToId = optionalId(request.replyToId(), "replyToId", errors);
        Long quoteOfId = optionalId(request.quoteOfId(), "quoteOfId", errors);
        Long serverId = optionalId(request.serverId(), "serverId", errors);
        Audience audience = null;
        if (request.visibility() != null) {
            audience = Audience.fromWireName(request.visibility()).orElse(null);
            if (audience == null) {
                errors.add(new FieldViolation("visibility", "must be one of public, friends, server"));
            } else if (audience == Audience.SERVER && serverId == null && replyToId == null) {
                errors.add(new FieldViolation("serverId", "is required for visibility server"));
            } else if (audience != Audience.SERVER && serverId != null) {
                errors.add(new FieldViolation("visibility", "a post in a server has visibility server"));
            }
        }
        if (replyToId != null && replyToId.equals(quoteOfId)) {
            errors.add(new FieldViolation("quoteOfId", "cannot quote the post it replies to"));
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException("The post is invalid", errors);
        }
        return new Checked(noText ? null : content, List.copyOf(media), replyToId, quoteOfId, serverId, audience);
    }

    private static Long optionalId(String raw, String field, List<FieldViolation> errors) {
        if (raw == null) {
            return null;
        }
        Long id = id(raw);
        if (id == null) {
            errors.add(new FieldViolation(field, "must be an id"));
        }
        return id;
    }

    private static Long id(String raw) {
        if (raw == null || raw.isEmpty() || raw.length() > 19 || !raw.chars().allMatch(Character::isDigit)) {
            return null;
        }
        try {
            long value = Long.parseLong(raw);
            return value > 0 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
