package com.xcord.servicekit.testapp;

import com.xcord.events.media.MediaAttachment;
import com.xcord.servicekit.media.AttachableMedia;
import com.xcord.servicekit.media.MediaJson;
import com.xcord.servicekit.media.MediaObjectView;
import com.xcord.servicekit.media.MediaUse;
import com.xcord.servicekit.test.TestMedia;
import com.xcord.servicekit.web.BadRequestException;
import com.xcord.servicekit.web.FieldViolation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The kit's media projection, fed through the real broker, and the lookup that decides what may be attached. */
class AttachableMediaTests extends IntegrationTest {

    @Autowired
    AttachableMedia attachable;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    TestMedia media;

    @BeforeEach
    void media() {
        media = new TestMedia(bootstrap, JdbcClient.create(jdbc));
    }

    @AfterEach
    void close() {
        media.close();
    }

    @Test
    void ownReadyMediaIsAttachedInTheOrderGivenDuplicatesOnce() {
        long owner = newUserId();
        MediaAttachment photo = media.readyImage(owner);
        MediaAttachment pdf = media.ready(TestMedia.file(owner), "attachment");

        List<MediaAttachment> attached = attachable.require(owner, ids(pdf, photo, pdf), MediaUse.ATTACHMENT,
                "attachments");

        assertThat(attached).containsExactly(pdf, photo);
        assertThat(attachable.requireOne(owner, Long.parseLong(photo.id()), MediaUse.PICTURE, "avatarMediaId"))
                .isEqualTo(photo);
    }

    @Test
    void everyRefusedIdIsNamed() {
        long owner = newUserId();
        MediaAttachment mine = media.readyImage(owner);
        MediaAttachment theirs = media.readyImage(newUserId());
        String failed = media.failed(owner);

        BadRequestException refused = catchThrowableOfType(BadRequestException.class, () -> attachable.require(owner,
                List.of(Long.parseLong(mine.id()), Long.parseLong(theirs.id()), Long.parseLong(TestMedia.unknownId()),
                        Long.parseLong(failed)), MediaUse.ATTACHMENT, "attachments"));

        assertThat(refused.errors()).containsExactly(
                new FieldViolation("attachments[1]", "must be media you uploaded"),
                new FieldViolation("attachments[2]", "unknown media, or not processed yet"),
                new FieldViolation("attachments[3]", "media processing failed"));
    }

    @Test
    void aPictureMustBeAnImage() {
        long owner = newUserId();
        MediaAttachment pdf = media.ready(TestMedia.file(owner), "attachment");

        BadRequestException refused = catchThrowableOfType(BadRequestException.class,
                () -> attachable.requireOne(owner, Long.parseLong(pdf.id()), MediaUse.PICTURE, "iconMediaId"));

        assertThat(refused.errors()).containsExactly(new FieldViolation("iconMediaId", "must be an image"));
    }

    @Test
    void deletedMediaIsNoLongerAttachable() {
        long owner = newUserId();
        MediaAttachment photo = media.readyImage(owner);
        media.deleted(photo);

        BadRequestException refused = catchThrowableOfType(BadRequestException.class,
                () -> attachable.require(owner, ids(photo), MediaUse.ATTACHMENT, "mediaIds"));

        assertThat(refused.errors()).containsExactly(
                new FieldViolation("mediaIds[0]", "unknown media, or not processed yet"));
    }

    @Test
    void theRestObjectHasStableUrlsAndSurvivesTheSnapshot() {
        MediaAttachment photo = TestMedia.image(newUserId());

        MediaObjectView view = MediaObjectView.of(MediaJson.read(MediaJson.write(List.of(photo))).get(0));

        assertThat(view.status()).isEqualTo("ready");
        assertThat(view.variants()).containsOnlyKeys("original", "small");
        assertThat(view.variants().get("small")).isEqualTo(new MediaObjectView.Variant(
                "/api/v1/media/" + photo.id() + "/content?variant=small", 640, 360));
        assertThat(view.blurhash()).isEqualTo(photo.blurhash());
    }

    private static List<Long> ids(MediaAttachment... media) {
        return java.util.Arrays.stream(media).map(m -> Long.parseLong(m.id())).toList();
    }
}
