package com.xcord.servicekit.web;

import com.xcord.servicekit.ServiceKitAutoConfiguration;
import com.xcord.servicekit.XcordProperties;
import org.apache.catalina.startup.Tomcat;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/** RFC 9457 errors everywhere, the body-size limit, storable text only, paging parameters. */
@AutoConfiguration(after = {ServiceKitAutoConfiguration.class, JacksonAutoConfiguration.class},
        before = {WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class WebAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ProblemWriter problemWriter(JsonMapper jsonMapper) {
        return new ProblemWriter(jsonMapper);
    }

    @Bean
    @ConditionalOnMissingBean
    ProblemExceptionHandler problemExceptionHandler() {
        return new ProblemExceptionHandler();
    }

    @Bean
    @ConditionalOnMissingBean(ErrorController.class)
    ProblemErrorController problemErrorController() {
        return new ProblemErrorController();
    }

    /** Tomcat's own refusals (before any filter runs) as problem+json; see {@link TomcatProblems}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({Tomcat.class, TomcatServletWebServerFactory.class})
    static class TomcatErrorsConfiguration {

        @Bean
        TomcatProblems xcordTomcatProblems() {
            return new TomcatProblems();
        }
    }

    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> xcordBodySizeLimitFilter(XcordProperties properties,
            ProblemWriter problems) {
        XcordProperties.Web web = properties.web();
        BodySizeLimitFilter filter = new BodySizeLimitFilter(web.maxBodySize().toBytes(), web.unlimitedBodyPaths(),
                problems);
        FilterRegistrationBean<BodySizeLimitFilter> registration = new FilterRegistrationBean<>(filter);
        // before Spring Security (-100): an oversized body is refused before anything reads it
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 50);
        return registration;
    }

    @Bean
    Utf8BodyAdvice utf8BodyAdvice() {
        return new Utf8BodyAdvice();
    }

    /** Request bodies are bound by {@link StrictJson}'s rules; responses keep the application's mapper. */
    @Bean
    WebMvcConfigurer xcordStrictJsonConfigurer(JsonMapper jsonMapper) {
        JsonMapper strict = StrictJson.forRequests(jsonMapper);
        return new WebMvcConfigurer() {
            @Override
            public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
                // exactly the JSON converter: Spring Data's projecting subclass (first in the list, reads only
                // @ProjectedPayload interfaces and writes nothing) keeps its place and its job
                converters.replaceAll(converter -> converter.getClass() == JacksonJsonHttpMessageConverter.class
                        ? new JacksonJsonHttpMessageConverter(strict) : converter);
            }
        };
    }

    @Bean
    StorableTextBodyAdvice storableTextBodyAdvice(JsonMapper jsonMapper) {
        return new StorableTextBodyAdvice(jsonMapper);
    }

    @Bean
    WebMvcConfigurer xcordStorableTextConfigurer() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new StorableTextInterceptor());
            }
        };
    }

    @Bean
    WebMvcConfigurer xcordPagingConfigurer() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new PageQueryArgumentResolver());
            }
        };
    }
}
