package com.xcord.server.message;

import com.xcord.servicekit.web.CodePoints;
import com.xcord.servicekit.web.NotBlankUnless;
import com.xcord.servicekit.id.SnowflakeId;
import com.xcord.servicekit.id.Ids;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The bodies the message endpoints take. Content is kept as written (blanks included); a nonce is stripped. */
final class MessageRequests {

    static final int MAX_CONTENT = 4000;
    static final int MAX_NONCE = 64;
    static final int MAX_ATTACHMENTS = 10;

    /**
     * {@code POST …/messages}: {@code nonce} makes a retry return the original; attachments are the author's ready
     * media ids, and a message with attachments may have no text.
     */
    @NotBlankUnless(field = "content", unless = "attachments")
    record SendMessage(
            @CodePoints(max = MAX_CONTENT, message = "must be at most {max} characters") String content,
            @CodePoints(min = 1, max = MAX_NONCE) String nonce,
            @Size(max = MAX_ATTACHMENTS, message = "at most {max}") @SnowflakeId List<String> attachments) {

        SendMessage {
            nonce = nonce == null ? null : nonce.strip();
            content = content == null ? "" : content;
        }

        List<Long> attachmentIds() {
            return attachments == null ? List.of() : attachments.stream().map(Ids::parse).toList();
        }
    }

    /** {@code PATCH …/messages/{id}}. */
    record EditMessage(
            @NotBlank(message = "must not be blank")
            @CodePoints(max = MAX_CONTENT, message = "must be at most {max} characters") String content) {
    }

    private MessageRequests() {
    }
}
