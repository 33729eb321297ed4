package com.xcord.media;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of media-service ({@code xcord.media.*}).
 *
 * @param storage   the S3-compatible bucket
 * @param limits    what one upload may be, by kind and purpose (over → 413)
 * @param quota     what one user may upload
 * @param images    image processing
 * @param video     the ffprobe/ffmpeg worker for video and audio
 * @param lifecycle orphan sweep and storage reconciler
 */
@ConfigurationProperties("xcord.media")
public record MediaProperties(@DefaultValue Storage storage, @DefaultValue Limits limits, @DefaultValue Quota quota,
        @DefaultValue Images images, @DefaultValue Video video, @DefaultValue Lifecycle lifecycle) {

    /**
     * @param endpoint       the S3 API the service talks to ({@code http://minio:9000}); empty for AWS S3 itself
     * @param publicEndpoint the address clients reach storage at, for presigned URLs (default: {@code endpoint})
     * @param pathStyle      {@code http://host/bucket/key} addressing (MinIO, S3Mock); false for AWS virtual hosts
     * @param createBucket   create the bucket at start-up when missing (development; production buckets are provisioned)
     * @param getUrlTtl      life of the signed URL {@code GET /media/{id}/content} redirects to
     * @param putUrlTtl      life of a presigned upload URL
     * @param timeout        one storage call, retries included: past it the request is a 503
     */
    public record Storage(@DefaultValue("") String endpoint, @DefaultValue("") String publicEndpoint,
            @DefaultValue("us-east-1") String region, @DefaultValue("xcord-media") String bucket,
            @DefaultValue("") String accessKey, @DefaultValue("") String secretKey,
            @DefaultValue("true") boolean pathStyle, @DefaultValue("false") boolean createBucket,
            @DefaultValue("5m") Duration getUrlTtl, @DefaultValue("10m") Duration putUrlTtl,
            @DefaultValue("10s") Duration timeout) {

        public URI endpointUri() {
            return endpoint.isBlank() ? null : URI.create(endpoint);
        }

        public URI publicEndpointUri() {
            return publicEndpoint.isBlank() ? endpointUri() : URI.create(publicEndpoint);
        }
    }

    /**
     * @param image       an image file
     * @param imagePixels width × height an image may declare in its header: checked before any decoding (33 MP)
     * @param video       a video file
     * @param audio       an audio file
     * @param file        any other allowed file
     * @param avatar      anything uploaded as an avatar, banner, icon or emoji
     */
    public record Limits(@DefaultValue("16MB") DataSize image, @DefaultValue("33000000") long imagePixels,
            @DefaultValue("100MB") DataSize video, @DefaultValue("25MB") DataSize audio,
            @DefaultValue("25MB") DataSize file, @DefaultValue("8MB") DataSize avatar) {
    }

    /**
     * @param storage          bytes one user's media may occupy (originals as uploaded)
     * @param uploadsPerMinute uploads one user may start per minute (multipart or presigned), over → 429
     */
    public record Quota(@DefaultValue("2GB") DataSize storage, @DefaultValue("30") int uploadsPerMinute) {
    }

    /**
     * @param originalMaxSide the {@code original} variant's longest side
     * @param smallArea       the {@code small} variant's most pixels (640 × 360, Mastodon's choice)
     * @param jpegQuality     JPEG output quality
     * @param decodeBudget    megapixels decoded at once, across requests (4 bytes each, plus the resized copies): what
     *                        bounds the heap. An upload waits for its share; one image never takes more than all of it
     */
    public record Images(@DefaultValue("4096") int originalMaxSide, @DefaultValue("230400") int smallArea,
            @DefaultValue("0.85") float jpegQuality, @DefaultValue("20") int decodeBudget) {
    }

    /**
     * @param ffprobe  the ffprobe command (Debian's {@code ffmpeg} package); absent → video is kept as a plain file
     * @param ffmpeg   the ffmpeg command
     * @param timeout  one ffprobe/ffmpeg run
     * @param interval how often the worker looks for uploads to process
     */
    public record Video(@DefaultValue("ffprobe") String ffprobe, @DefaultValue("ffmpeg") String ffmpeg,
            @DefaultValue("60s") Duration timeout, @DefaultValue("500ms") Duration interval) {
    }

    /**
     * @param orphanAfter     an upload no post, message or profile uses is deleted this long after it was made
     * @param pendingAfter    a presigned upload never completed is forgotten after this
     * @param sweepInterval   how often the sweep runs
     * @param reconcileGrace  a stored object without a row is deleted once older than this (an upload in flight has none yet)
     * @param reconcileInterval how often the reconciler lists the bucket
     */
    public record Lifecycle(@DefaultValue("24h") Duration orphanAfter, @DefaultValue("1h") Duration pendingAfter,
            @DefaultValue("1m") Duration sweepInterval, @DefaultValue("1h") Duration reconcileGrace,
            @DefaultValue("1h") Duration reconcileInterval) {
    }
}
