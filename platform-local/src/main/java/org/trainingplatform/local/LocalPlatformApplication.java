package org.trainingplatform.local;

import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The whole platform on one machine: the embedded infrastructure is started first, then this
 * application, whose context is the authorization server and which runs the four services as child
 * processes. Closing the context (Ctrl-C) stops the services, then the authorization server, then
 * the infrastructure. With {@code --authorization-server-only} it is just the authorization server,
 * as the production deployment runs it beside real Kafka and MongoDB.
 */
@SpringBootApplication(proxyBeanMethods = false)
public class LocalPlatformApplication {

    public static void main(String[] args) {
        LocalPlatformSettings settings;
        Infrastructure infrastructure;
        try {
            settings = LocalPlatformSettings.from(args);
            infrastructure = settings.authorizationServerOnly() ? null : Infrastructure.start(settings);
        } catch (IllegalArgumentException | IllegalStateException e) {
            LoggerFactory.getLogger(LocalPlatformApplication.class).error(e.getMessage());
            System.exit(2);
            return;
        }
        try {
            new SpringApplicationBuilder(LocalPlatformApplication.class)
                    .initializers(context -> {
                        var beans = (GenericApplicationContext) context;
                        beans.registerBean(LocalPlatformSettings.class, () -> settings);
                        if (infrastructure != null) {
                            beans.registerBean(Infrastructure.class, () -> infrastructure);
                        }
                    })
                    .properties("server.port=" + settings.authPort(),
                            ServiceFleet.ENABLED + "=" + !settings.authorizationServerOnly(),
                            DemoScenario.ENABLED + "=" + settings.demo())
                    .run(args);
        } catch (RuntimeException e) {
            if (infrastructure != null) {
                infrastructure.close(); // Spring Boot has reported why the context failed
            }
            System.exit(1);
        }
    }
}
