package com.xcord.servicekit.web;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;

/**
 * A check on the raw bytes of every JSON request body, before it is bound: the body is read once into memory
 * (bodies are at most 1 MiB), checked, and handed on for the next check or the converter to read again.
 */
abstract class JsonBodyAdvice extends RequestBodyAdviceAdapter {

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        MediaType type = input.getHeaders().getContentType();
        if (!isJson(type)) {
            return input;
        }
        byte[] body = input.getBody().readAllBytes();
        check(type, body);
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return input.getHeaders();
            }
        };
    }

    /** Throws an {@link ApiException} to refuse the body. */
    abstract void check(MediaType type, byte[] body);

    private static boolean isJson(MediaType type) {
        return type != null && (MediaType.APPLICATION_JSON.isCompatibleWith(type)
                || (type.getSubtypeSuffix() != null && type.getSubtypeSuffix().equals("json")));
    }
}
