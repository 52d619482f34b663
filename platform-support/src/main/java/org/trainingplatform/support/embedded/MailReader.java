package org.trainingplatform.support.embedded;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Reads what a person would see of a MIME message: sender, subject, plain-text and HTML parts. */
final class MailReader {

    private String text;
    private String html;

    private MailReader() {
    }

    static ReceivedMail read(int id, MimeMessage message, List<String> recipients) {
        try {
            MailReader reader = new MailReader();
            reader.collect(message);
            return new ReceivedMail(id, Instant.now(), addresses(message.getFrom()), recipients, message.getSubject(),
                    reader.text, reader.html);
        } catch (MessagingException | IOException e) {
            return new ReceivedMail(id, Instant.now(), null, recipients, null, "Unreadable message: " + e, null);
        }
    }

    private void collect(Part part) throws MessagingException, IOException {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return;
        }
        if (part.isMimeType("text/plain") && text == null) {
            text = String.valueOf(part.getContent());
        } else if (part.isMimeType("text/html") && html == null) {
            html = String.valueOf(part.getContent());
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i));
            }
        }
    }

    private static String addresses(Address[] addresses) {
        if (addresses == null) {
            return null;
        }
        return Arrays.stream(addresses)
                .map(address -> address instanceof InternetAddress internet ? internet.toUnicodeString() : address.toString())
                .collect(Collectors.joining(", "));
    }
}
