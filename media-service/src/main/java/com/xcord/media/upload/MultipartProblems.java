package com.xcord.media.upload;

import com.xcord.servicekit.web.FieldViolation;
import com.xcord.servicekit.web.Problem;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Multipart failures the container raises before our code runs, as problems: a part over the largest limit is a
 * 413, a malformed multipart body or a missing file part a 400 naming {@code file}.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class MultipartProblems {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Object> tooLarge(MaxUploadSizeExceededException e) {
        return Problem.of(413, "The file is larger than any upload may be").toResponseEntity(null);
    }

    @ExceptionHandler({MultipartException.class, MissingServletRequestPartException.class})
    ResponseEntity<Object> malformed(Exception e) {
        return Problem.validation("The request is not a valid upload",
                List.of(new FieldViolation("file", "must be a multipart/form-data body with a file part"))).toResponseEntity(null);
    }
}
