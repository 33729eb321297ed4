package com.xcord.servicekit.web;

import com.xcord.servicekit.id.SnowflakeId;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The kit's reusable request constraints, on a request record as services declare them. */
class RequestConstraintsTests {

    @NotBlankUnless(field = "text", unless = "ids")
    record Request(@CodePoints(max = 3, message = "must be at most {max} characters") String text, @SnowflakeId String id, @SnowflakeId List<String> ids) {
    }

    /** A name, normalized in the compact constructor as {@link VisibleName} asks. */
    record Named(@VisibleName String name) {

        Named {
            name = VisibleNames.normalize(name);
        }
    }

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @Test
    void aValidRequestPasses() {
        assertThat(errors(new Request("abc", "1", List.of("9223372036854775807")))).isEmpty();
        assertThat(errors(new Request(null, null, List.of("5")))).as("ids carry the request").isEmpty();
        assertThat(errors(new Request("😀😀😀", null, null))).as("code points, not UTF-16 units").isEmpty();
    }

    @Test
    void everyBadComponentIsReportedOnItsOwnName() {
        assertThat(errors(new Request("abcd", "0", List.of("1", "x")))).containsExactlyInAnyOrder(
                "text: must be at most 3 characters", "id: must be an id", "ids: must be an id");
        assertThat(errors(new Request(" ", "-1", List.of()))).containsExactlyInAnyOrder(
                "text: must not be blank", "id: must be an id");
        assertThat(errors(new Request("a", "9223372036854775808", Arrays.asList("1", null)))).containsExactlyInAnyOrder(
                "id: must be an id", "ids: must be an id");
    }

    @Test
    void aVisibleNameIsNormalizedByItsRecordAndRefusedWithTheRulesReason() {
        assertThat(new Named(" e\u0301 ").name()).isEqualTo("é");
        assertThat(VALIDATOR.validate(new Named(" e\u0301 "))).isEmpty();
        assertThat(VALIDATOR.validate(new Named("\u202Eadmin")))
                .extracting(v -> v.getPropertyPath() + ": " + v.getMessage())
                .containsExactly("name: " + VisibleNames.INVISIBLE);
    }

    private static List<String> errors(Request request) {
        Set<ConstraintViolation<Request>> violations = VALIDATOR.validate(request);
        return violations.stream().map(v -> v.getPropertyPath() + ": " + v.getMessage()).toList();
    }
}
