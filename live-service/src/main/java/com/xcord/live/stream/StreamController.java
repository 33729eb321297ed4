package com.xcord.live.stream;

import com.xcord.live.LiveProperties;
import com.xcord.live.category.Categories;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.id.SnowflakeId;
import com.xcord.servicekit.openapi.ProblemResponse;
import com.xcord.servicekit.security.CurrentUser;
import com.xcord.servicekit.web.BadRequestException;
import com.xcord.servicekit.web.CodePoints;
import com.xcord.servicekit.web.CursorPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Set;

/** Preparing, reading, editing and ending streams; the live directory. */
@Tag(name = "Streams", description = "Live streams: prepare one, go live from an encoder, watch, end.")
@RestController
class StreamController {

    static final int MAX_TITLE = 140;
    private static final Set<String> LISTABLE = Set.of("live");

    record PrepareStreamRequest(
            @NotBlank(message = "must not be blank") @CodePoints(max = MAX_TITLE, message = "must be at most {max} characters")
            String title,
            @SnowflakeId String categoryId) {
    }

    /** Only the fields to change. */
    record UpdateStreamRequest(
            @CodePoints(min = 1, max = MAX_TITLE, message = "must be 1 to {max} characters") String title,
            @SnowflakeId String categoryId,
            @PositiveOrZero(message = "must be 0 or more") Integer slowModeSeconds) {
    }

    private final StreamLifecycle lifecycle;
    private final StreamDirectory directory;
    private final Categories categories;
    private final long maxSlowModeSeconds;

    StreamController(StreamLifecycle lifecycle, StreamDirectory directory, Categories categories,
            LiveProperties properties) {
        this.lifecycle = lifecycle;
        this.directory = directory;
        this.categories = categories;
        this.maxSlowModeSeconds = properties.chat().maxSlowMode().toSeconds();
    }

    @Operation(operationId = "listLiveStreams", summary = "List live streams",
            description = "Live streams, most viewers first. `category` filters by a category's id or slug; "
                    + "`status` is `live` (the only listable status). One page of at most `limit` (1–100, default 50).")
    @GetMapping("/api/v1/live/streams")
    CursorPage<StreamView> list(@RequestParam(required = false) String category,
            @RequestParam(required = false) String status, @RequestParam(required = false) String limit) {
        if (status != null && !LISTABLE.contains(status)) {
            throw BadRequestException.field("status", "must be live");
        }
        return CursorPage.last(directory.live(category, limit(limit)));
    }

    @Operation(operationId = "prepareLiveStream", summary = "Prepare my next stream",
            description = "Sets the title and category of the caller's next stream; it goes live when the encoder "
                    + "publishes with the caller's stream key. A stream already prepared takes the new values (200).")
    @ApiResponse(responseCode = "201", description = "The stream was prepared")
    @ApiResponse(responseCode = "200", description = "A prepared stream existed: it was updated")
    @ProblemResponse(status = HttpStatus.CONFLICT, description = "The caller is live: PATCH the live stream")
    @PostMapping("/api/v1/live/streams")
    ResponseEntity<StreamView> prepare(CurrentUser me, @RequestBody @Valid PrepareStreamRequest body) {
        StreamLifecycle.Prepared prepared = lifecycle.prepare(me.id(), body.title().strip(),
                categoryId(body.categoryId()));
        return ResponseEntity.status(prepared.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(directory.get(prepared.stream().id()));
    }

    @Operation(operationId = "getLiveStream", summary = "Get a stream")
    @ProblemResponse(status = HttpStatus.NOT_FOUND, description = "No such stream")
    @GetMapping("/api/v1/live/streams/{id}")
    StreamView get(@PathVariable String id) {
        return directory.get(Ids.parse(id));
    }

    @Operation(operationId = "updateLiveStream", summary = "Change my stream",
            description = "Title, category and chat slow mode (seconds between two messages of one viewer, 0 off).")
    @ProblemResponse(status = HttpStatus.FORBIDDEN, description = "The stream is someone else's")
    @ProblemResponse(status = HttpStatus.NOT_FOUND, description = "No such stream")
    @ProblemResponse(status = HttpStatus.CONFLICT, description = "The stream has ended")
    @PatchMapping("/api/v1/live/streams/{id}")
    StreamView update(CurrentUser me, @PathVariable String id, @RequestBody @Valid UpdateStreamRequest body) {
        if (body.title() != null && body.title().isBlank()) {
            throw BadRequestException.field("title", "must not be blank");
        }
        if (body.slowModeSeconds() != null && body.slowModeSeconds() > maxSlowModeSeconds) {
            throw BadRequestException.field("slowModeSeconds", "must be at most " + maxSlowModeSeconds);
        }
        long streamId = Ids.parse(id);
        lifecycle.edit(me.id(), streamId, new StreamLifecycle.Changes(
                body.title() == null ? null : body.title().strip(), categoryId(body.categoryId()),
                body.slowModeSeconds()));
        return directory.get(streamId);
    }

    @Operation(operationId = "endLiveStream", summary = "End my stream",
            description = "Ends a live or prepared stream; the encoder is disconnected at the ingest's next update.")
    @ProblemResponse(status = HttpStatus.FORBIDDEN, description = "The stream is someone else's")
    @ProblemResponse(status = HttpStatus.NOT_FOUND, description = "No such stream")
    @ProblemResponse(status = HttpStatus.CONFLICT, description = "The stream has already ended")
    @PostMapping("/api/v1/live/streams/{id}/end")
    StreamView end(CurrentUser me, @PathVariable String id) {
        long streamId = Ids.parse(id);
        lifecycle.end(me.id(), streamId);
        return directory.get(streamId);
    }

    @Operation(operationId = "getUserLiveStream", summary = "Get a user's live stream")
    @ProblemResponse(status = HttpStatus.NOT_FOUND, description = "The user is not live")
    @GetMapping("/api/v1/users/{id}/live")
    StreamView liveOf(@PathVariable String id) {
        return directory.liveOf(Ids.parse(id));
    }

    private Long categoryId(String value) {
        if (value == null) {
            return null;
        }
        long id = Ids.parse(value);
        if (categories.byId(id).isEmpty()) {
            throw BadRequestException.field("categoryId", "no such category");
        }
        return id;
    }

    private static int limit(String value) {
        if (value == null) {
            return 50;
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= 100) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw BadRequestException.field("limit", "must be 1 to 100");
    }
}
