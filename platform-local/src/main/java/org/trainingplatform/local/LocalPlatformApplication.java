package org.trainingplatform.local;

import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The whole platform on one machine: the embedded infrastructure is started first, then this
 * application, whose context is the authorization server and which runs the four services as child
 * processes. Closing the context (Ctrl-C) stops the services, then the authorization server, then
 * the infrastructure.
 */
@SpringBootApplication(proxyBeanMethods = false)
public class LocalPlatformApplication {

    public static void main(String[] args) {
        LocalPlatformSettings settings;
        Infrastructure infrastructure;
        try {
            settings = LocalPlatformSettings.from(args);
            infrastructure = Infrastructure.start(settings);
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
                        beans.registerBean(Infrastructure.class, () -> infrastructure);
                    })
                    .properties("server.port=" + settings.authPort())
                    .run(args);
        } catch (RuntimeException e) {
            infrastructure.close(); // Spring Boot has reported why the context failed
            System.exit(1);
        }
    }
}
