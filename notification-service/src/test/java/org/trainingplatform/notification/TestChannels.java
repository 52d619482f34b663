package org.trainingplatform.notification;

import org.trainingplatform.support.embedded.EmbeddedMailServer;
import org.trainingplatform.support.embedded.ReceivedMail;
import org.trainingplatform.support.embedded.SmsGatewaySimulator;
import org.trainingplatform.support.embedded.SmsMessage;
import org.trainingplatform.support.testing.TestInfrastructure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The platform's mail server and SMS gateway as the tests see them, started once per test JVM: the
 * embedded SMTP server (which a test may stop and start again on the same port) and the SMS gateway
 * simulator.
 */
final class TestChannels {

    private static final int SMTP_PORT = TestInfrastructure.freePort();
    private static final List<ReceivedMail> receivedBeforeRestarts = new ArrayList<>();
    private static EmbeddedMailServer mail = EmbeddedMailServer.start(SMTP_PORT, 0);
    private static final SmsGatewaySimulator SMS = SmsGatewaySimulator.start(0);

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            SMS.close();
            stopMail();
        }));
    }

    private TestChannels() {
    }

    static int smtpPort() {
        return SMTP_PORT;
    }

    static String smsGatewayUrl() {
        return SMS.baseUrl() + "/api/sms";
    }

    static SmsGatewaySimulator sms() {
        return SMS;
    }

    /** Every mail the platform's SMTP server received, oldest first, across restarts. */
    static synchronized List<ReceivedMail> mails() {
        List<ReceivedMail> all = new ArrayList<>(receivedBeforeRestarts);
        if (mail != null) {
            all.addAll(oldestFirst(mail.messages()));
        }
        return all;
    }

    static List<ReceivedMail> mailsTo(String address) {
        return mails().stream().filter(m -> m.to().contains(address)).toList();
    }

    /** Every SMS the platform's gateway accepted, oldest first. */
    static List<SmsMessage> smsTo(String phone) {
        return oldestFirst(SMS.messages()).stream().filter(m -> m.to().equals(phone)).toList();
    }

    private static <T> List<T> oldestFirst(List<T> newestFirst) {
        List<T> list = new ArrayList<>(newestFirst);
        Collections.reverse(list);
        return list;
    }

    static synchronized void stopMail() {
        if (mail != null) {
            receivedBeforeRestarts.addAll(oldestFirst(mail.messages()));
            mail.close();
            mail = null;
        }
    }

    static synchronized void startMail() {
        if (mail == null) {
            mail = EmbeddedMailServer.start(SMTP_PORT, 0);
        }
    }
}
