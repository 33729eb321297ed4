package com.xcord.gateway.hygiene;

import com.xcord.gateway.problem.PayloadTooLargeException;
import com.xcord.gateway.problem.Problem;
import com.xcord.gateway.problem.ProblemResponses;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Request bodies up to 1 MiB (uploads: their own limit). A declared Content-Length over the limit is
 * refused at once with 413; a body without one is counted while it streams and cut off at the limit.
 */
@Component
class BodySizeLimitFilter implements WebFilter, Ordered {

    private final long maxBody;
    private final long maxUpload;
    private final Set<String> uploadPaths;

    BodySizeLimitFilter(HygieneProperties properties) {
        this.maxBody = properties.maxBodySize().toBytes();
        this.maxUpload = properties.maxUploadSize().toBytes();
        this.uploadPaths = Set.copyOf(properties.uploadPaths());
    }

    @Override
    public int getOrder() {
        return FilterOrder.BODY_LIMIT;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        HttpHeaders headers = request.getHeaders();
        long limit = uploadPaths.contains(request.getPath().value()) ? maxUpload : maxBody;
        long declared = headers.getContentLength();
        if (declared > limit) {
            return ProblemResponses.write(exchange, Problem.of(HttpStatus.CONTENT_TOO_LARGE,
                    "The request body is larger than " + limit + " bytes."));
        }
        if (declared >= 0 || !headers.containsHeader(HttpHeaders.TRANSFER_ENCODING)) {
            // Netty enforces a declared length; no length and no chunking means no body
            return chain.filter(exchange);
        }
        ServerHttpRequest counted = new ServerHttpRequestDecorator(request) {
            @Override
            public Flux<DataBuffer> getBody() {
                AtomicLong seen = new AtomicLong();
                return super.getBody().doOnNext(buffer -> {
                    if (seen.addAndGet(buffer.readableByteCount()) > limit) {
                        DataBufferUtils.release(buffer);
                        throw new PayloadTooLargeException(limit);
                    }
                });
            }
        };
        return chain.filter(exchange.mutate().request(counted).build());
    }
}
