package com.xcord.servicekit.web;

import com.xcord.edge.ProblemTypes;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ControllerAdvice;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A JSON request body is UTF-8 (DESIGN §3, RFC 8259 §8.1), and nothing else is read as if it were: a body that
 * declares another charset is a 415 (whatever its bytes are), and bytes that are not well-formed UTF-8 (a stray
 * continuation byte, an overlong form such as {@code C0 AF} for {@code /}, an encoded surrogate) are a 400, where
 * Jackson would decode the overlong forms. Runs first among the body advice, so later checks read valid text.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class Utf8BodyAdvice extends JsonBodyAdvice {

    @Override
    void check(MediaType type, byte[] body) {
        if (!declaresUtf8OrNothing(type)) {
            throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ProblemTypes.UNSUPPORTED_MEDIA_TYPE,
                    "A JSON body is UTF-8: send charset=utf-8 or no charset");
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_BODY,
                    "The request body is not well-formed UTF-8");
        }
    }

    private static boolean declaresUtf8OrNothing(MediaType type) {
        String charset = type.getParameter("charset");
        if (charset == null) {
            return true;
        }
        try {
            return StandardCharsets.UTF_8.equals(type.getCharset());
        } catch (IllegalArgumentException unknownCharset) {
            return false;
        }
    }
}
