package com.xcord.media.upload;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * service-kit's Idempotency-Key filter reads the whole body into memory to fingerprint it: harmless for JSON, not for
 * a 100 MB multipart upload. The multipart endpoint therefore does not see the header (runs just before that filter);
 * a retried upload makes a second media object, which the orphan sweep removes if unused.
 */
@Configuration(proxyBeanMethods = false)
class MultipartIdempotency {

    static final String PATH = "/api/v1/media/upload";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> mediaMultipartIdempotencyKeyFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !PATH.equals(request.getRequestURI());
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                chain.doFilter(new WithoutIdempotencyKey(request), response);
            }
        });
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 5);
        return registration;
    }

    private static final class WithoutIdempotencyKey extends HttpServletRequestWrapper {

        private static final String HEADER = "Idempotency-Key";

        WithoutIdempotencyKey(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return HEADER.equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return HEADER.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }
    }
}
