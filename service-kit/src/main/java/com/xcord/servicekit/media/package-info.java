/**
 * Attaching media: what feed-, server-, dm- and auth-service share to accept a media id in a post, a message, a
 * profile or a server icon without calling media-service on the request's path (DESIGN §2, issue 15).
 *
 * <p>{@link com.xcord.servicekit.media.MediaAutoConfiguration} is switched on by {@code xcord.media.attachable: true}
 * in the service's {@code application.yml}. It brings
 * <ul>
 *   <li>a projection of {@code xcord.media.events} (consumer {@code <xcord.schema>.media-projection}): media.ready
 *       and media.updated store the media object, media.failed marks it failed, media.deleted drops the row;</li>
 *   <li>{@link com.xcord.servicekit.media.AttachableMedia}: one primary-key lookup for all the ids of a request,
 *       refusing an unknown id (also one still processing: media-service announces nothing before it is ready),
 *       someone else's, a failed one or the wrong kind with a 400 naming the field ({@code attachments[1]});</li>
 *   <li>{@link com.xcord.servicekit.media.MediaObjectView}, the REST media object of DESIGN §3 with stable
 *       {@code /api/v1/media/{id}/content?variant=} urls, and {@link com.xcord.servicekit.media.MediaJson} to keep
 *       attached media as a snapshot next to a message or post.</li>
 * </ul>
 *
 * <p>The table {@code media_objects} lives in the service's schema; the kit creates it (migration
 * {@code db/servicekit-media}, its own history table) only in services that switch attaching on.
 */
package com.xcord.servicekit.media;
