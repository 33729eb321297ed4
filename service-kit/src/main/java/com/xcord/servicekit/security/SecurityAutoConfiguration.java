package com.xcord.servicekit.security;

import com.xcord.edge.PublicPaths;
import com.xcord.edge.revocation.RevokedSessions;
import com.xcord.edge.revocation.SessionRevocationAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import com.xcord.servicekit.XcordProperties;
import com.xcord.servicekit.web.ProblemWriter;
import com.xcord.servicekit.web.WebAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.ArrayList;
import java.util.List;

/**
 * Stateless OAuth2 resource server: every request needs a valid access token except the service's
 * {@link PublicPaths} (edge-rules' shared lists, health and the OpenAPI document among them, plus
 * {@code xcord.security.public-paths}) and the error page.
 */
@AutoConfiguration(after = {WebAutoConfiguration.class, SessionRevocationAutoConfiguration.class}, before = {ServletWebSecurityAutoConfiguration.class,
        OAuth2ResourceServerAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class,
        ManagementWebSecurityAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
public class SecurityAutoConfiguration {

    /** Where the servlet container renders a request that already failed; not an API path. */
    static final String ERROR_PAGE = "/error";

    /**
     * Prometheus scrapes without a token. Only inside the cluster: the gateway routes no {@code /actuator/**} path
     * to a service (its own scrape is on its management port), and a service has no other public door.
     */
    static final String PROMETHEUS_SCRAPE = "/actuator/prometheus";

    /**
     * The paths this service serves without a token: {@link PublicPaths#EVERY_SERVICE} and its configured extras.
     * A service whose own public paths are a shared list (auth-service) defines this bean itself, so that the
     * gateway reads the same list.
     */
    @Bean
    @ConditionalOnMissingBean
    PublicPaths publicPaths(XcordProperties properties) {
        return PublicPaths.forService(List.of(), properties.security().publicPaths());
    }

    @Bean
    @ConditionalOnMissingBean(JwtDecoder.class)
    JwtDecoder jwtDecoder(XcordProperties properties, ObjectProvider<RevokedSessions> revokedSessions,
            JwksFetchFailures jwksFetchFailures) {
        return AccessTokenDecoders.fromJwksUri(properties.security(), revokedSessions.getIfAvailable(),
                jwksFetchFailures);
    }

    /** Counted by the JWKS-fetching decoder; stays zero in a service that defines its own decoder (auth-service). */
    @Bean
    @ConditionalOnMissingBean
    JwksFetchFailures jwksFetchFailures() {
        return new JwksFetchFailures();
    }

    @Bean
    @ConditionalOnMissingBean
    ProblemAuthenticationHandlers problemAuthenticationHandlers(ProblemWriter problems) {
        return new ProblemAuthenticationHandlers(problems);
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain xcordSecurityFilterChain(HttpSecurity http, PublicPaths paths,
            ProblemAuthenticationHandlers handlers) throws Exception {
        List<RequestMatcher> publicPaths = new ArrayList<>();
        paths.entries().forEach(entry -> publicPaths.add(matcher(entry)));
        publicPaths.add(PathPatternRequestMatcher.withDefaults().matcher(ERROR_PAGE));
        publicPaths.add(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, PROMETHEUS_SCRAPE));
        http.csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .anonymous(Customizer.withDefaults())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(publicPaths.toArray(RequestMatcher[]::new)).permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(rs -> rs
                        .jwt(Customizer.withDefaults())
                        .authenticationEntryPoint(handlers)
                        .accessDeniedHandler(handlers))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint(handlers)
                        .accessDeniedHandler(handlers));
        return http.build();
    }

    @Bean
    WebMvcConfigurer xcordCurrentUserConfigurer() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CurrentUserArgumentResolver());
            }
        };
    }

    /** An entry as a path pattern ({@code /x/**} also matches {@code /x}, as at the gateway). */
    static RequestMatcher matcher(PublicPaths.Entry entry) {
        String pattern = entry.subtree() ? entry.path() + "/**" : entry.path();
        return PathPatternRequestMatcher.withDefaults()
                .matcher(entry.method() == null ? null : HttpMethod.valueOf(entry.method()), pattern);
    }
}
