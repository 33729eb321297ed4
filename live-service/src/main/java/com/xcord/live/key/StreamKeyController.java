package com.xcord.live.key;

import com.xcord.live.LiveProperties;
import com.xcord.servicekit.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/** The caller's own stream key: reveal and rotate. */
@Tag(name = "Stream keys", description = "The secret an encoder (OBS, ffmpeg) publishes to the RTMP ingest with.")
@RestController
@RequestMapping("/api/v1/live/stream-key")
class StreamKeyController {

    /** The key and where to send it (OBS: "Server" = {@code rtmpUrl}, "Stream Key" = {@code streamKey}). */
    record StreamKeyView(String streamKey, String rtmpUrl, Instant createdAt) {

        @Override
        public String toString() {
            return "StreamKeyView[streamKey=<redacted>, rtmpUrl=" + rtmpUrl + ", createdAt=" + createdAt + "]";
        }
    }

    private final StreamKeys keys;
    private final String rtmpUrl;

    StreamKeyController(StreamKeys keys, LiveProperties properties) {
        this.keys = keys;
        this.rtmpUrl = properties.ingest().rtmpUrl();
    }

    @Operation(operationId = "getStreamKey", summary = "Reveal my stream key",
            description = "The caller's key, created on the first call. It is kept encrypted at rest and shown only "
                    + "to its owner; anyone holding it can broadcast as the owner, so rotate it when it leaks.")
    @GetMapping
    StreamKeyView reveal(CurrentUser me) {
        return view(keys.reveal(me.id()));
    }

    @Operation(operationId = "rotateStreamKey", summary = "Replace my stream key",
            description = "The old key is refused from now on; a broadcast running with it is cut at the ingest's "
                    + "next update (within one update interval, 10 s by default).")
    @PostMapping("/rotate")
    StreamKeyView rotate(CurrentUser me) {
        return view(keys.rotate(me.id()));
    }

    private StreamKeyView view(StreamKeys.Revealed revealed) {
        return new StreamKeyView(revealed.key(), rtmpUrl, revealed.createdAt());
    }
}
