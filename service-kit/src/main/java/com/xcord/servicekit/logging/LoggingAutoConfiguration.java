package com.xcord.servicekit.logging;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/** The request id in every log line of a servlet service (see {@link RequestIdMdcFilter}). */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class LoggingAutoConfiguration {

    @Bean
    FilterRegistrationBean<RequestIdMdcFilter> xcordRequestIdMdcFilter() {
        FilterRegistrationBean<RequestIdMdcFilter> registration = new FilterRegistrationBean<>(new RequestIdMdcFilter());
        // first of all filters: whatever the body-size limit, Spring Security or a controller logs carries the id
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
