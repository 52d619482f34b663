package org.trainingplatform.support.embedded;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeBodyPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedMailServerTest {

    private final EmbeddedMailServer server = EmbeddedMailServer.start(0, 0);

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void keepsAMailOnceWithItsPartsAndShowsIt() throws Exception {
        send("Thư mời tham dự lớp bồi dưỡng", "Kính gửi ông Nguyễn Văn An", "<p>Kính gửi <b>ông Nguyễn Văn An</b></p>",
                "an@hanoi.gov.vn", "binh@hanoi.gov.vn");

        assertThat(server.messages()).singleElement().satisfies(mail -> {
            assertThat(mail.to()).containsExactlyInAnyOrder("an@hanoi.gov.vn", "binh@hanoi.gov.vn");
            assertThat(mail.subject()).isEqualTo("Thư mời tham dự lớp bồi dưỡng");
            assertThat(mail.text()).contains("Kính gửi ông Nguyễn Văn An");
            assertThat(mail.html()).contains("<b>ông Nguyễn Văn An</b>");
        });

        HttpClient http = HttpClient.newHttpClient();
        String inbox = http.send(HttpRequest.newBuilder(URI.create(server.inboxUrl() + "/")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(inbox).contains("Thư mời tham dự lớp bồi dưỡng", "an@hanoi.gov.vn", "/messages/1");
        String message = http.send(HttpRequest.newBuilder(URI.create(server.inboxUrl() + "/messages/1")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(message).contains("Kính gửi ông Nguyễn Văn An", "&lt;b&gt;ông Nguyễn Văn An&lt;/b&gt;");
        String json = http.send(HttpRequest.newBuilder(URI.create(server.inboxUrl() + "/api/messages")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(json).contains("\"subject\":\"Thư mời tham dự lớp bồi dưỡng\"");
    }

    @Test
    void aMailIsKeptOnceAndNotAgainInAMailboxPerRecipient() throws Exception {
        send("first", "1", null, "a@example.org", "b@example.org");
        send("second", "2", null, "c@example.org");

        assertThat(server.messages()).hasSize(2);
        assertThat(server.mailboxes()).isZero();
    }

    @Test
    void listsTheNewestMailFirst() throws Exception {
        send("first", "1", null, "a@example.org");
        send("second", "2", null, "a@example.org");

        assertThat(server.messages()).extracting(ReceivedMail::subject).containsExactly("second", "first");
    }

    private void send(String subject, String text, String html, String... to) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "localhost");
        properties.put("mail.smtp.port", String.valueOf(server.smtpPort()));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress("no-reply@training.gov.vn"));
        for (String recipient : to) {
            message.addRecipient(Message.RecipientType.TO, new InternetAddress(recipient));
        }
        message.setSubject(subject, "UTF-8");
        if (html == null) {
            message.setText(text, "UTF-8");
        } else {
            MimeBodyPart plain = new MimeBodyPart();
            plain.setText(text, "UTF-8");
            MimeBodyPart rich = new MimeBodyPart();
            rich.setContent(html, "text/html; charset=UTF-8");
            message.setContent(new MimeMultipart("alternative", plain, rich));
        }
        Transport.send(message);
    }
}
