package com.xcord.gateway.auth;

import com.xcord.edge.PublicPaths;
import com.xcord.gateway.observability.ManagementRequests;
import com.xcord.gateway.hygiene.FilterOrder;
import com.xcord.gateway.problem.Problem;
import com.xcord.gateway.problem.ProblemResponses;
import com.xcord.reactiveauth.AccessTokenVerifier;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses requests without a valid access token (401 problem+json) before they are routed; public
 * paths pass. The token itself is forwarded unchanged: every service validates it again.
 */
@Component
class AuthenticationFilter implements WebFilter, Ordered {

    private static final String BEARER = "Bearer ";

    private final PublicPaths publicPaths;
    private final AccessTokenVerifier verifier;

    AuthenticationFilter(PublicPaths publicPaths, AccessTokenVerifier verifier) {
        this.publicPaths = publicPaths;
        this.verifier = verifier;
    }

    @Override
    public int getOrder() {
        return FilterOrder.AUTHENTICATION;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (ManagementRequests.isManagement(exchange)) {
            return chain.filter(exchange);
        }
        String path = exchange.getRequest().getPath().value();
        if (PathTraversal.isSuspicious(path)) {
            return ProblemResponses.write(exchange, Problem.of(HttpStatus.BAD_REQUEST, "The path is not acceptable."));
        }
        String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        boolean isPublic = publicPaths.matches(exchange.getRequest().getMethod().name(), path);
        if (authorization == null) {
            return isPublic ? chain.filter(exchange) : unauthorized(exchange, "An access token is required.", false);
        }
        if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return isPublic ? chain.filter(exchange) : unauthorized(exchange, "Only Bearer access tokens are accepted.", false);
        }
        String token = authorization.substring(BEARER.length()).trim();
        return verifier.verify(token)
                .flatMap(verified -> {
                    new AuthenticatedUser(verified.userId()).attachTo(exchange);
                    return chain.filter(exchange);
                })
                .onErrorResume(AccessTokenVerifier.InvalidTokenException.class, e -> isPublic
                        // a bad token on a public path (e.g. a stale one sent to login) is the service's business
                        ? chain.filter(exchange)
                        : unauthorized(exchange, e.getMessage(), true));
    }

    private static Mono<Void> unauthorized(ServerWebExchange exchange, String detail, boolean invalidToken) {
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE,
                invalidToken ? "Bearer error=\"invalid_token\"" : "Bearer");
        return ProblemResponses.write(exchange, Problem.of(HttpStatus.UNAUTHORIZED, detail));
    }
}
