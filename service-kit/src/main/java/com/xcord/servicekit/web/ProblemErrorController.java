package com.xcord.servicekit.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Renders whatever reaches the servlet container's error page (a filter's exception, a
 * {@code sendError}) as problem+json instead of Boot's whitelabel/JSON error.
 */
@RestController
public class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<Object> error(HttpServletRequest request) {
        Throwable ex = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code == null && ex == null) {
            return Problem.of(404, "No such resource").toResponseEntity(null); // /error requested directly
        }
        int status = code instanceof Integer i ? i : 500;
        if (ex != null) {
            if (ProblemExceptionHandler.causedBy(ex, PayloadTooLargeException.class)) {
                return Problem.of(413, "The request body is too large").toResponseEntity(null);
            }
            ApiException api = find(ex);
            if (api != null) {
                return Problem.of(api.status().value(), api.type(), api.getMessage())
                        .withProperties(api.properties()).toResponseEntity(api.headers());
            }
            if (status >= 500) {
                log.error("unexpected error outside the dispatcher", ex);
            }
        }
        if (status < 400) {
            status = 500;
        }
        HttpHeaders headers = new HttpHeaders();
        if (status == 401) {
            headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return Problem.of(status, ProblemExceptionHandler.defaultDetail(status)).toResponseEntity(headers);
    }

    private static ApiException find(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof ApiException api) {
                return api;
            }
        }
        return null;
    }
}
