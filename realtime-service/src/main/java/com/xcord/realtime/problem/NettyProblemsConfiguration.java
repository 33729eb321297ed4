package com.xcord.realtime.problem;

import com.xcord.edge.netty.ProblemFallbackHandler;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The answers Reactor Netty gives before WebFlux runs (414, 431, an unparsable URI's 400) are problem+json too:
 * {@link ProblemErrorHandler} never sees those requests.
 */
@Configuration(proxyBeanMethods = false)
class NettyProblemsConfiguration {

    @Bean
    NettyServerCustomizer problemFallback() {
        return ProblemFallbackHandler::install;
    }
}
