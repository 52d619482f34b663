package org.trainingplatform.support.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;

/** @param publicPaths request paths of this service that anyone may call without a token */
@ConfigurationProperties("platform.security")
public record SecurityProperties(@DefaultValue List<String> publicPaths) {
}
