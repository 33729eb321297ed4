package com.xcord.media.media;

import static com.xcord.servicekit.test.Problems.assertFieldError;
import static com.xcord.servicekit.test.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.xcord.media.support.IntegrationTest;
import com.xcord.media.support.TestImages;
import com.xcord.servicekit.test.Api;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MediaControllerTests extends IntegrationTest {

    private String uploadPng(long owner) {
        return uploads.upload(owner, TestImages.png(64, 48), "p.png", "image/png").expect(201).text("id");
    }

    @Nested
    class GetMedia {

        @Test
        void aReadyObjectIsVisibleToAnyoneSignedIn() {
            long alice = newUser();
            String id = uploadPng(alice);

            Api.Response mine = api.get("/api/v1/media/" + id).as(alice).send();
            Api.Response theirs = api.get("/api/v1/media/" + id).as(newUser()).send();

            assertThat(mine.status()).isEqualTo(200);
            assertThat(mine.text("status")).isEqualTo("ready");
            assertThat(theirs.status()).isEqualTo(200);
            assertThat(theirs.body()).isEqualTo(mine.body());
        }

        @Test
        void someoneElsesPendingUploadIs404() {
            long alice = newUser();
            String id = api.post("/api/v1/media/uploads").as(alice)
                    .json(Map.of("filename", "a.png", "contentType", "image/png", "size", 10)).send().expect(201).text("id");

            assertProblem(api.get("/api/v1/media/" + id).as(newUser()).send(), 404);
        }

        @Test
        void unknownOrMalformedIdsAndMissingTokens() {
            assertProblem(api.get("/api/v1/media/123456789").as(newUser()).send(), 404);
            assertProblem(api.get("/api/v1/media/abc").as(newUser()).send(), 400);
            assertProblem(api.get("/api/v1/media/123456789").send(), 401);
        }
    }

    @Nested
    class UpdateMedia {

        @Test
        void theOwnerSetsAltTextAndFocus() {
            long alice = newUser();
            String id = uploadPng(alice);

            Api.Response updated = api.patch("/api/v1/media/" + id).as(alice)
                    .json(Map.of("description", "A red square", "focus", Map.of("x", 0.5, "y", -0.25))).send();

            assertThat(updated.status()).as(updated.raw()).isEqualTo(200);
            assertThat(updated.text("description")).isEqualTo("A red square");
            assertThat(updated.body().path("focus").path("x").asDouble()).isEqualTo(0.5);
            Api.Response cleared = api.patch("/api/v1/media/" + id).as(alice).json(Map.of("description", "")).send();
            assertThat(cleared.body().has("description")).isFalse();
            assertThat(cleared.body().path("focus").path("y").asDouble()).isEqualTo(-0.25);
        }

        @Test
        void badValuesAreRefusedAndNothingChanges() {
            long alice = newUser();
            String id = uploadPng(alice);

            assertFieldError(api.patch("/api/v1/media/" + id).as(alice)
                    .json(Map.of("focus", Map.of("x", 2, "y", 0))).send(), "focus.x");
            assertFieldError(api.patch("/api/v1/media/" + id).as(alice)
                    .json(Map.of("description", "x".repeat(1501))).send(), "description");
            assertProblem(api.patch("/api/v1/media/" + id).as(alice).json(Map.of("alt", "x")).send(), 400);
            assertThat(api.get("/api/v1/media/" + id).as(alice).send().body().has("description")).isFalse();
        }

        @Test
        void someoneElsesMediaIs404AndATokenIsNeeded() {
            String id = uploadPng(newUser());

            assertProblem(api.patch("/api/v1/media/" + id).as(newUser()).json(Map.of("description", "mine now")).send(), 404);
            assertProblem(api.patch("/api/v1/media/" + id).json(Map.of("description", "x")).send(), 401);
        }
    }

    @Nested
    class DeleteMedia {

        @Test
        void theOwnerDeletesTheRowAndEveryObject() {
            long alice = newUser();
            String id = uploadPng(alice);

            assertThat(api.delete("/api/v1/media/" + id).as(alice).send().status()).isEqualTo(204);

            assertProblem(api.get("/api/v1/media/" + id).as(alice).send(), 404);
            assertThat(storage.keysOf(Long.parseLong(id))).isEmpty();
        }

        @Test
        void someoneElsesMediaIs404AndStays() {
            long alice = newUser();
            String id = uploadPng(alice);

            assertProblem(api.delete("/api/v1/media/" + id).as(newUser()).send(), 404);
            assertProblem(api.delete("/api/v1/media/" + id).send(), 401);
            assertProblem(api.delete("/api/v1/media/nope").as(alice).send(), 400);
            assertThat(storage.keysOf(Long.parseLong(id))).hasSize(2);
        }
    }

    @Nested
    class GetContent {

        @Test
        void anImageRedirectsToAShortLivedSignedUrlOfTheVariant() {
            long alice = newUser();
            String id = uploadPng(alice);

            HttpResponse<byte[]> redirect = uploads.fetch("/api/v1/media/" + id + "/content?variant=small", newUser());

            assertThat(redirect.statusCode()).isEqualTo(302);
            assertThat(redirect.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            String location = redirect.headers().firstValue("Location").orElseThrow();
            assertThat(location).contains("media/" + id + "/small").contains("X-Amz-Expires=300");
            HttpResponse<byte[]> bytes = uploads.fetch(location, 0);
            assertThat(bytes.statusCode()).isEqualTo(200);
            assertThat(bytes.headers().firstValue("Content-Type")).contains("image/jpeg");
            assertThat(TestImages.decode(bytes.body()).getWidth()).isEqualTo(64);
        }

        @Test
        void aFileIsStreamedAsAnAttachmentDownload() {
            long alice = newUser();
            String id = uploads.upload(alice, "plain words".getBytes(StandardCharsets.UTF_8), "notes.txt", "text/plain")
                    .expect(201).text("id");

            HttpResponse<byte[]> download = uploads.fetch("/api/v1/media/" + id + "/content", alice);

            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment").contains("notes.txt");
            assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(new String(download.body(), StandardCharsets.UTF_8)).isEqualTo("plain words");
        }

        @Test
        void anUnknownVariantOrMissingOneIsRefused() {
            long alice = newUser();
            String file = uploads.upload(alice, "x".getBytes(StandardCharsets.UTF_8), "x.txt", "text/plain").expect(201).text("id");

            assertThat(uploads.fetch("/api/v1/media/" + file + "/content?variant=huge", alice).statusCode()).isEqualTo(400);
            assertThat(uploads.fetch("/api/v1/media/" + file + "/content?variant=small", alice).statusCode()).isEqualTo(404);
            assertThat(uploads.fetch("/api/v1/media/999999999/content", alice).statusCode()).isEqualTo(404);
        }

        @Test
        void withoutATokenIs401() {
            String id = uploadPng(newUser());

            assertProblem(api.get("/api/v1/media/" + id + "/content").send(), 401);
            assertThat(URI.create("/api/v1/media/" + id + "/content").getPath()).isNotBlank();
        }
    }
}
