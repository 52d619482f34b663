package org.trainingplatform.local;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trainingplatform.support.embedded.EmbeddedKafkaBroker;
import org.trainingplatform.support.embedded.EmbeddedMailServer;
import org.trainingplatform.support.embedded.EmbeddedMongo;
import org.trainingplatform.support.embedded.SmsGatewaySimulator;

/**
 * What the services need around them, in this JVM: a MongoDB-wire server on an H2 file, a Kafka
 * broker, an SMTP server with a web inbox and an SMS gateway simulator. Database and broker keep
 * their data in the data folder across restarts; mail and text messages live in memory.
 */
final class Infrastructure implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Infrastructure.class);

    private EmbeddedMongo mongo;
    private EmbeddedKafkaBroker kafka;
    private EmbeddedMailServer mail;
    private SmsGatewaySimulator sms;

    private Infrastructure() {
    }

    static Infrastructure start(LocalPlatformSettings settings) {
        FreePorts.require(settings.ports());
        log.info("Starting the local platform with its data in {}", settings.dataDir());
        Infrastructure infrastructure = new Infrastructure();
        try {
            infrastructure.mongo = EmbeddedMongo.onFile(settings.dataDir().resolve("mongodb").resolve("platform.mv"),
                    settings.mongoPort());
            infrastructure.kafka = new EmbeddedKafkaBroker(settings.dataDir().resolve("kafka"), settings.kafkaPort(),
                    settings.kafkaControllerPort()).start();
            infrastructure.mail = EmbeddedMailServer.start(settings.smtpPort(), settings.mailInboxPort());
            infrastructure.sms = SmsGatewaySimulator.start(settings.smsPort());
        } catch (RuntimeException e) {
            infrastructure.close();
            throw e;
        }
        log.info("MongoDB-wire server, Kafka broker, mail server and SMS gateway are up");
        return infrastructure;
    }

    /** Stops the broker first, then the database (flushing its file), then mail and SMS. */
    @Override
    public synchronized void close() {
        stop("Kafka broker", kafka);
        stop("MongoDB-wire server", mongo);
        stop("mail server", mail);
        stop("SMS gateway", sms);
        kafka = null;
        mongo = null;
        mail = null;
        sms = null;
    }

    private static void stop(String name, AutoCloseable part) {
        if (part == null) {
            return;
        }
        try {
            part.close();
            log.info("Stopped the {}", name);
        } catch (Exception e) {
            log.error("Stopping the {} failed", name, e);
        }
    }
}
