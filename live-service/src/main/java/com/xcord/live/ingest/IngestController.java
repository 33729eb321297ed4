package com.xcord.live.ingest;

import com.xcord.live.key.StreamKeys;
import com.xcord.live.stream.Broadcasts;
import com.xcord.live.stream.EndReason;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.web.ConflictException;
import io.swagger.v3.oas.annotations.Hidden;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Optional;

/**
 * nginx-rtmp's notify callbacks (form-encoded; any non-2xx answer refuses or cuts the publisher), on the ingest
 * port only ({@link IngestPortFilter}); not in the public OpenAPI document, since no client calls them.
 *
 * <ul>
 *   <li>{@code on_publish}: {@code name} is the stream key. Someone's current key → the stream goes live and the
 *   answer is a redirect whose {@code Location} is the stream's public id: nginx renames the publication, so HLS
 *   files, URLs and the push to the HLS application carry the id and never the key. Unknown key → 403; a stream
 *   already published → 409.</li>
 *   <li>{@code on_update} (every update interval): the broadcast must still be live, published from this
 *   connection, with its owner's current key; a rotated key ends it (403), an ended stream is gone (404).</li>
 *   <li>{@code on_publish_done}: the encoder stopped; the stream ends. Always 200.</li>
 * </ul>
 * The key is never logged: lookups go by its hash.
 */
@Hidden
@RestController
@RequestMapping(path = "/api/v1/live/ingest", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
class IngestController {

    private static final Logger log = LoggerFactory.getLogger(IngestController.class);
    static final String APPLICATION = "live";

    private final StreamKeys keys;
    private final Broadcasts broadcasts;
    private final IngestMeters meters;

    IngestController(StreamKeys keys, Broadcasts broadcasts, IngestMeters meters) {
        this.keys = keys;
        this.broadcasts = broadcasts;
        this.meters = meters;
    }

    @PostMapping("/on-publish")
    ResponseEntity<Void> onPublish(@RequestParam(defaultValue = "") String app,
            @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String clientid) {
        if (!APPLICATION.equals(app) || name.isEmpty()) {
            return meters.publish("refused", refuse(HttpStatus.FORBIDDEN));
        }
        Optional<Long> owner = keys.ownerOf(name);
        if (owner.isEmpty()) {
            log.info("publish refused: unknown stream key from ingest client {}", clientid);
            return meters.publish("refused", refuse(HttpStatus.FORBIDDEN));
        }
        long streamId;
        try {
            streamId = broadcasts.publish(owner.get(), StreamKeys.hash(name), clientid);
        } catch (ConflictException e) {
            log.info("publish refused for user {}: {}", owner.get(), e.getMessage());
            return meters.publish("conflict", refuse(HttpStatus.CONFLICT));
        }
        log.info("user {} is live: stream {} (ingest client {})", owner.get(), streamId, clientid);
        return meters.publish("live", ResponseEntity.status(HttpStatus.FOUND)
                .header(HttpHeaders.LOCATION, Ids.format(streamId)).build());
    }

    @PostMapping("/on-update")
    ResponseEntity<Void> onUpdate(@RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String clientid, @RequestParam(defaultValue = "") String call) {
        if (call.equals("update_play")) {
            return ResponseEntity.ok().build(); // players on the ingest (the HLS push) are not ours to judge
        }
        Optional<Broadcasts.LiveBroadcast> live = live(name);
        if (live.isEmpty()) {
            return meters.update("gone", refuse(HttpStatus.NOT_FOUND));
        }
        Broadcasts.LiveBroadcast broadcast = live.get();
        if (!keys.isCurrent(broadcast.userId(), broadcast.keyHash())) {
            broadcasts.end(broadcast.streamId(), EndReason.KEY_ROTATED);
            log.info("stream {} cut: its key was rotated", broadcast.streamId());
            return meters.update("key_rotated", refuse(HttpStatus.FORBIDDEN));
        }
        if (!clientid.equals(broadcast.ingestClient())) {
            return meters.update("other_client", refuse(HttpStatus.CONFLICT));
        }
        broadcasts.reported(broadcast.streamId());
        return meters.update("ok", ResponseEntity.ok().build());
    }

    @PostMapping("/on-publish-done")
    ResponseEntity<Void> onPublishDone(@RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String clientid) {
        live(name).filter(b -> clientid.equals(b.ingestClient()))
                .ifPresent(b -> broadcasts.end(b.streamId(), EndReason.UNPUBLISHED));
        return ResponseEntity.ok().build();
    }

    /**
     * The broadcast a later call names: nginx-rtmp names it as the encoder published it (the key, found by its
     * hash) or, after the redirect, by the stream id; a key never looks like an id ({@code sk_…}).
     */
    private Optional<Broadcasts.LiveBroadcast> live(String name) {
        if (name.isEmpty()) {
            return Optional.empty();
        }
        if (Ids.isValid(name)) {
            return broadcasts.liveById(Ids.parse(name));
        }
        return broadcasts.liveByKeyHash(StreamKeys.hash(name));
    }

    private static ResponseEntity<Void> refuse(HttpStatus status) {
        return ResponseEntity.status(status).build();
    }
}
