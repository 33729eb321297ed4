package com.xcord.servicekit.security;

import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jose.util.Resource;

import java.io.IOException;
import java.net.URL;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How many times fetching auth-service's JWKS failed (unreachable, timed out, not 200): the metric
 * {@code xcord.jwks.fetch.failures}. A plain count, so that the decoder needs no metrics library.
 */
public final class JwksFetchFailures {

    private final AtomicLong failures = new AtomicLong();

    public long count() {
        return failures.get();
    }

    /** A retriever that counts the fetches that fail, with the decoder's timeouts and size limit. */
    DefaultResourceRetriever retriever(int timeoutMillis, int sizeLimitBytes) {
        return new DefaultResourceRetriever(timeoutMillis, timeoutMillis, sizeLimitBytes) {
            @Override
            public Resource retrieveResource(URL url) throws IOException {
                try {
                    return super.retrieveResource(url);
                } catch (IOException | RuntimeException e) {
                    failures.incrementAndGet();
                    throw e;
                }
            }
        };
    }
}
