package com.xcord.servicekit.test.openapi;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.util.ClassUtils;

import jakarta.servlet.DispatcherType;

import java.util.List;

/**
 * Adds {@link StatusRecordingFilter} to every Spring test context of a module that has the
 * service-kit test-jar, so that {@link OpenApiContract} can compare what the controller tests
 * observed with what the OpenAPI document promises. Tests only: production never sees it.
 */
public class StatusRecordingContextCustomizerFactory implements ContextCustomizerFactory {

    private static final boolean SERVLET_PRESENT = ClassUtils.isPresent("jakarta.servlet.Filter",
            StatusRecordingContextCustomizerFactory.class.getClassLoader());

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        return SERVLET_PRESENT ? new Customizer() : null;
    }

    /** Equal to every other instance, so that it does not split the context cache. */
    private static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration merged) {
            if (context instanceof BeanDefinitionRegistry registry) {
                RootBeanDefinition filter = new RootBeanDefinition(FilterRegistrationBean.class,
                        Customizer::registration);
                registry.registerBeanDefinition("xcordStatusRecordingFilter", filter);
            }
        }

        private static FilterRegistrationBean<StatusRecordingFilter> registration() {
            FilterRegistrationBean<StatusRecordingFilter> registration =
                    new FilterRegistrationBean<>(new StatusRecordingFilter());
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
            return registration;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }
}
