package com.xcord.media.storage;

import com.xcord.servicekit.web.ApiException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/** The bucket did not answer (down, timing out, 5xx): a 503 problem with {@code Retry-After}, never a 500. */
public class StorageUnavailableException extends ApiException {

    StorageUnavailableException(Throwable cause) {
        super(HttpStatus.SERVICE_UNAVAILABLE, "Media storage is unavailable; try again shortly");
        // ApiException fixes its cause at construction: keep the SDK's failure for the logs this way
        addSuppressed(cause);
    }

    @Override
    public HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, "5");
        return headers;
    }
}
