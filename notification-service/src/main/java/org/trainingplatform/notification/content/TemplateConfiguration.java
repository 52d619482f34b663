package org.trainingplatform.notification.content;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;

@Configuration(proxyBeanMethods = false)
class TemplateConfiguration {

    /** @param overrides a directory whose templates replace the built-in ones of the same name (optional) */
    @Bean
    MessageTemplates messageTemplates(@Value("${platform.notification.template-overrides:}") String overrides) {
        return new MessageTemplates(overrides.isBlank() ? null : Path.of(overrides));
    }
}
