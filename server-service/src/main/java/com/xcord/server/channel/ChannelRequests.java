package com.xcord.server.channel;

import com.xcord.permissions.Permissions;
import com.xcord.servicekit.web.CodePoints;
import com.xcord.servicekit.web.VisibleName;
import com.xcord.servicekit.web.VisibleNames;
import com.xcord.servicekit.id.SnowflakeId;
import com.xcord.server.support.PermissionBits;
import com.xcord.server.support.Texts;
import com.xcord.servicekit.id.Ids;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.hibernate.validator.constraints.Range;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Optional;

/** The bodies the channel endpoints take; names are normalized, other texts stripped, before validation. */
final class ChannelRequests {

    static final int MAX_SLOW_MODE = 21600;
    static final int MAX_POSITION = 10_000;

    /** {@code POST /servers/{id}/channels}: a text channel unless {@code type} is {@code category}. */
    record CreateChannel(
            @NotNull(message = "must not be null") @VisibleName @CodePoints(min = 1, max = 100) String name,
            @Pattern(regexp = "(?i)text|category", message = "must be text or category") String type,
            @CodePoints(min = 1, max = 1024) String topic,
            @SnowflakeId String parentId,
            @Range(min = 0, max = MAX_POSITION, message = "must be between {min} and {max}") Integer position,
            @Range(min = 0, max = MAX_SLOW_MODE, message = "must be between {min} and {max}") Integer slowModeSeconds) {

        CreateChannel {
            name = VisibleNames.normalize(name);
            topic = Texts.stripToNull(topic);
        }

        Long parentIdValue() {
            return parentId == null ? null : Ids.parse(parentId);
        }

        int positionOrDefault() {
            return position == null ? 0 : position;
        }

        int slowModeOrDefault() {
            return slowModeSeconds == null ? 0 : slowModeSeconds;
        }
    }

    /** {@code PATCH /servers/{id}/channels/{channelId}}: a merge patch. */
    record UpdateChannel(
            @NotNull(message = "must not be null") @VisibleName @CodePoints(min = 1, max = 100) String name,
            @CodePoints(min = 1, max = 1024) String topic,
            @SnowflakeId String parentId,
            @NotNull(message = "must not be null")
            @Range(min = 0, max = MAX_POSITION, message = "must be between {min} and {max}") Integer position,
            @NotNull(message = "must not be null")
            @Range(min = 0, max = MAX_SLOW_MODE, message = "must be between {min} and {max}") Integer slowModeSeconds) {

        UpdateChannel {
            name = VisibleNames.normalize(name);
            topic = Texts.stripToNull(topic);
        }

        Long parentIdValue() {
            return parentId == null ? null : Ids.parse(parentId);
        }
    }

    /** {@code PUT …/overwrites/{roleOrUserId}}: missing bits are 0. */
    @DisjointBits
    record PutOverwrite(
            @NotNull(message = "must be role or member")
            @Pattern(regexp = "role|member", message = "must be role or member") String type,
            @PermissionBits String allow,
            @PermissionBits String deny) {

        Overwrite toOverwrite(long targetId) {
            return new Overwrite(targetId, "member".equals(type) ? Overwrite.Target.MEMBER : Overwrite.Target.ROLE,
                    bits(allow), bits(deny));
        }

        private static long bits(String value) {
            return value == null ? 0 : Permissions.parse(value).orElseThrow();
        }
    }

    /** An overwrite does not both allow and deny a bit; reported on {@code deny}. */
    @Constraint(validatedBy = DisjointBits.Validator.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @interface DisjointBits {

        String message() default "must not share bits with allow";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Validator implements ConstraintValidator<DisjointBits, PutOverwrite> {

            @Override
            public boolean isValid(PutOverwrite overwrite, ConstraintValidatorContext context) {
                Optional<Long> allow = bits(overwrite.allow());
                Optional<Long> deny = bits(overwrite.deny());
                if (allow.isEmpty() || deny.isEmpty() || (allow.get() & deny.get()) == 0) {
                    return true; // unparsable bits are reported by @PermissionBits
                }
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                        .addPropertyNode("deny").addConstraintViolation();
                return false;
            }

            private static Optional<Long> bits(String value) {
                return value == null ? Optional.of(0L) : Permissions.parse(value);
            }
        }
    }

    private ChannelRequests() {
    }
}
