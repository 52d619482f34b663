package org.trainingplatform.notification.channel;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trainingplatform.support.embedded.EmbeddedMailServer;
import org.trainingplatform.support.embedded.ReceivedMail;
import org.trainingplatform.support.testing.MovableClock;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The SMTP adapter against a real SMTP server, through a relay that counts the connections it opens. */
class SmtpProviderTest {

    EmbeddedMailServer server;
    ConnectionCountingRelay relay;
    SmtpProvider provider;
    MovableClock clock = new MovableClock(Instant.parse("2026-03-02T02:00:00Z"));

    @BeforeEach
    void start() throws IOException {
        server = EmbeddedMailServer.start(0, 0);
        relay = new ConnectionCountingRelay(server.smtpPort());
        provider = new SmtpProvider(new SmtpSettings("localhost", relay.port(), null, null, "daotao@hanoi.gov.vn",
                "Ban Tổ chức", false, Duration.ofSeconds(2), Duration.ofSeconds(5)), clock);
    }

    @AfterEach
    void stop() throws IOException {
        provider.close();
        relay.close();
        server.close();
    }

    @Test
    void mailsOneAfterAnotherGoOutOverOneConnection() {
        for (int i = 0; i < 10; i++) {
            provider.deliver(mailTo("hv" + i + "@hanoi.gov.vn"));
        }

        assertThat(server.messages()).hasSize(10);
        assertThat(relay.connectionsOpened()).isEqualTo(1);
    }

    @Test
    void aConnectionTheServerDroppedIsReplacedAndTheMailStillGoesOut() {
        provider.deliver(mailTo("hv1@hanoi.gov.vn"));
        relay.dropConnections();

        provider.deliver(mailTo("hv2@hanoi.gov.vn"));

        assertThat(server.messages()).extracting(ReceivedMail::to)
                .containsExactly(List.of("hv2@hanoi.gov.vn"), List.of("hv1@hanoi.gov.vn"));
        assertThat(relay.connectionsOpened()).isEqualTo(2);
    }

    @Test
    void aConnectionIdleForTwentySecondsIsClosedAndTheNextMailOpensAnother() {
        provider.deliver(mailTo("hv1@hanoi.gov.vn"));
        clock.moveBy(Duration.ofSeconds(19));
        provider.deliver(mailTo("hv2@hanoi.gov.vn"));
        assertThat(relay.connectionsOpened()).isEqualTo(1);

        clock.moveBy(Duration.ofSeconds(20));
        provider.deliver(mailTo("hv3@hanoi.gov.vn"));

        assertThat(server.messages()).hasSize(3);
        assertThat(relay.connectionsOpened()).isEqualTo(2);
        await().atMost(Duration.ofSeconds(5)).until(relay::connectionsOpen, open -> open == 1);
    }

    @Test
    void aClosedProviderClosesItsConnections() {
        provider.deliver(mailTo("hv1@hanoi.gov.vn"));
        assertThat(relay.connectionsOpen()).isEqualTo(1);

        provider.close();

        await().atMost(Duration.ofSeconds(5)).until(relay::connectionsOpen, open -> open == 0);
    }

    @Test
    void aServerThatCannotBeReachedMakesTheProviderUnavailable() throws IOException {
        provider.deliver(mailTo("hv1@hanoi.gov.vn"));
        relay.close();

        assertThatThrownBy(() -> provider.deliver(mailTo("hv2@hanoi.gov.vn")))
                .isInstanceOf(ProviderUnavailableException.class)
                .hasMessageStartingWith("The mail server localhost:" + relay.port() + " is unavailable");
    }

    @Test
    void concurrentSendersEachHaveAConnectionAndKeepIt() throws InterruptedException {
        Thread[] senders = new Thread[3];
        for (int s = 0; s < senders.length; s++) {
            int sender = s;
            senders[s] = new Thread(() -> {
                for (int i = 0; i < 10; i++) {
                    provider.deliver(mailTo("hv" + sender + "-" + i + "@hanoi.gov.vn"));
                }
            });
            senders[s].start();
        }
        for (Thread sender : senders) {
            sender.join();
        }

        assertThat(server.messages()).hasSize(30);
        assertThat(relay.connectionsOpened()).isBetween(1, 3);
    }

    private static Outgoing mailTo(String address) {
        return new Outgoing("ref-" + address, address, "Xác nhận ghi danh", "<p>Kính gửi học viên</p>", "Kính gửi học viên");
    }
}
