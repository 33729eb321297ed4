package com.xcord.live.stream;

import com.xcord.live.category.Categories;
import com.xcord.live.category.Category;
import com.xcord.servicekit.web.BadRequestException;
import com.xcord.servicekit.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Reading streams: one, a user's live one, and the live directory. */
@Service
class StreamDirectory {

    private final StreamRepository streams;
    private final StreamViews views;
    private final Categories categories;

    StreamDirectory(StreamRepository streams, StreamViews views, Categories categories) {
        this.streams = streams;
        this.views = views;
        this.categories = categories;
    }

    @Transactional(readOnly = true)
    StreamView get(long streamId) {
        return streams.find(streamId).map(views::of).orElseThrow(() -> new NotFoundException("no such stream"));
    }

    @Transactional(readOnly = true)
    StreamView liveOf(long userId) {
        return streams.liveOf(userId).map(views::of)
                .orElseThrow(() -> new NotFoundException("the user is not live"));
    }

    /** Live streams, most viewers first; {@code category} an id or a slug. */
    @Transactional(readOnly = true)
    List<StreamView> live(String category, int limit) {
        Long categoryId = null;
        if (category != null) {
            Category found = categories.byIdOrSlug(category)
                    .orElseThrow(() -> BadRequestException.field("category", "no such category"));
            categoryId = Long.parseLong(found.id());
        }
        return streams.live(categoryId, limit).stream().map(views::of).toList();
    }
}
