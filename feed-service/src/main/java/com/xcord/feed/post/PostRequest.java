package com.xcord.feed.post;

import com.xcord.servicekit.web.CodePoints;
import com.xcord.servicekit.web.NotBlankUnless;
import com.xcord.servicekit.id.SnowflakeId;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.UniqueElements;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

/**
 * The body of {@code POST /posts}, validated as a whole (400 with every bad field, nothing stored).
 * {@code visibility} is {@code public} (default), {@code friends} or {@code server} (implied by
 * {@code serverId}); a reply takes its thread's.
 */
@NotBlankUnless(field = "content", unless = "mediaIds", message = "must not be blank unless the post has media")
@PostRequest.CoherentAudience
record PostRequest(
        @CodePoints(max = PostText.MAX_LENGTH, message = "must be at most {max} characters") String content,
        @SnowflakeId String replyToId,
        @SnowflakeId String quoteOfId,
        @SnowflakeId String serverId,
        String visibility,
        @Size(max = PostCreation.MAX_MEDIA, message = "at most " + PostCreation.MAX_MEDIA + " media")
        @SnowflakeId(message = "must be ids")
        @UniqueElements(message = "must not repeat an id")
        List<String> mediaIds) {

    /**
     * The rules between components: a known visibility, {@code server} with a server (or a thread to take it from),
     * a server only with {@code server}, and no quoting of the post replied to.
     */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = CoherentAudienceValidator.class)
    @interface CoherentAudience {

        String message() default "is not coherent";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    static class CoherentAudienceValidator implements ConstraintValidator<CoherentAudience, PostRequest> {

        @Override
        public boolean isValid(PostRequest request, ConstraintValidatorContext context) {
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            if (request.visibility() != null) {
                Audience audience = Audience.fromWireName(request.visibility()).orElse(null);
                if (audience == null) {
                    valid = violation(context, "visibility", "must be one of public, friends, server");
                } else if (audience == Audience.SERVER && request.serverId() == null && request.replyToId() == null) {
                    valid = violation(context, "serverId", "is required for visibility server");
                } else if (audience != Audience.SERVER && request.serverId() != null) {
                    valid = violation(context, "visibility", "a post in a server has visibility server");
                }
            }
            if (request.replyToId() != null && request.replyToId().equals(request.quoteOfId())) {
                valid = violation(context, "quoteOfId", "cannot quote the post it replies to");
            }
            return valid;
        }

        private static boolean violation(ConstraintValidatorContext context, String field, String message) {
            context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
            return false;
        }
    }
}
