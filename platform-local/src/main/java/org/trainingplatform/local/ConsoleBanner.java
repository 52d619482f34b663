package org.trainingplatform.local;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;

/** What a person needs once the platform is up: where everything is, how to get a token, what to type. */
@Component
@ConditionalOnProperty(name = ServiceFleet.ENABLED, havingValue = "true", matchIfMissing = true)
class ConsoleBanner {

    private final LocalPlatformSettings settings;

    ConsoleBanner(LocalPlatformSettings settings) {
        this.settings = settings;
    }

    /** Prints the addresses, then the one line saying the platform is ready and how long it took. */
    synchronized void ready() {
        PrintStream out = System.out;
        DemoAgency agency = DemoAgency.ALL.get(0);
        out.println();
        for (PlatformService service : PlatformService.values()) {
            String url = settings.serviceUrl(service);
            out.printf("  %-22s %-24s API docs %s/swagger-ui.html%n", service.id(), url, url);
        }
        out.printf("  %-22s http://localhost:%d   (SMTP on localhost:%d)%n", "Mail inbox",
                settings.mailInboxPort(), settings.smtpPort());
        out.printf("  %-22s http://localhost:%d   (POST /api/sms)%n", "SMS inbox", settings.smsPort());
        out.printf("  %-22s %s%n", "Authorization server", settings.issuer());
        out.printf("  %-22s localhost:%d, MongoDB mongodb://localhost:%d%n", "Kafka", settings.kafkaPort(),
                settings.mongoPort());
        out.printf("  %-22s %s%n", "Data and logs", settings.dataDir());
        out.println();
        out.printf("  Token: curl -s -u %s:%s -d grant_type=client_credentials -d scope=%s %s/oauth2/token%n",
                agency.id(), agency.secret(), DemoAgency.SCOPE, settings.issuer());
        out.println("  Type: status | stop <service> | start <service> | restart <service>    Ctrl-C stops everything");
        out.println();
        Instant launched = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        out.println("Platform ready in " + Duration.between(launched, Instant.now()).toSeconds() + " s");
        out.flush();
    }
}
