package org.trainingplatform.support.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.trainingplatform.support.ConditionalOnPlatformService;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.util.unit.DataSize;

/** Problem details, request size limits, idempotency keys and trace context for every service's API. */
@ConditionalOnPlatformService
@AutoConfiguration
@EnableConfigurationProperties(PlatformWebAutoConfiguration.WebProperties.class)
public class PlatformWebAutoConfiguration {

    @Bean
    ProblemDetailsAdvice problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }

    @Bean
    FilterRegistrationBean<TraceparentFilter> traceparentFilter() {
        var registration = new FilterRegistrationBean<>(new TraceparentFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(WebProperties properties) {
        var registration = new FilterRegistrationBean<>(new RequestBodyLimitFilter(properties.maxRequestSize()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** Runs inside the security filter chain (order -100), where the caller's agency is known. */
    @Bean
    FilterRegistrationBean<IdempotencyKeyFilter> idempotencyKeyFilter(MongoTemplate mongo) {
        var registration = new FilterRegistrationBean<>(new IdempotencyKeyFilter(mongo));
        registration.setOrder(0);
        return registration;
    }

    /** @param maxRequestSize the largest request body accepted (multipart uploads have their own limit) */
    @ConfigurationProperties("platform.web")
    record WebProperties(@DefaultValue("1MB") DataSize maxRequestSize) {
    }
}
