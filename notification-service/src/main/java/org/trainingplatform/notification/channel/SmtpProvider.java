package org.trainingplatform.notification.channel;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.trainingplatform.notification.channel.SmtpConnections.Connection;
import org.trainingplatform.support.mail.MailStreamProviders;

import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.List;
import java.util.Properties;

/**
 * Sends email through an SMTP relay, as a multipart message with a plain-text and an HTML part, over
 * connections kept open between mails ({@link SmtpConnections}). The Message-ID is derived from the
 * message's reference, so a copy sent twice can be recognised by the reader's mail client; SMTP itself
 * cannot refuse the second copy.
 */
class SmtpProvider implements Provider {

    private static final String MESSAGE_ID_DOMAIN = "notification.trainingplatform.org";

    private final SmtpSettings settings;
    private final Session session;
    private final SmtpConnections connections;

    static {
        MailStreamProviders.nameAngus();
    }

    SmtpProvider(SmtpSettings settings, Clock clock) {
        this.settings = settings;
        Properties properties = new Properties();
        properties.put("mail.smtp.connectiontimeout", String.valueOf(settings.connectTimeout().toMillis()));
        properties.put("mail.smtp.timeout", String.valueOf(settings.readTimeout().toMillis()));
        properties.put("mail.smtp.writetimeout", String.valueOf(settings.readTimeout().toMillis()));
        if (settings.startTls()) {
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
        }
        if (settings.username() != null && !settings.username().isBlank()) {
            properties.put("mail.smtp.auth", "true");
        }
        this.session = Session.getInstance(properties);
        this.connections = new SmtpConnections(session, settings, clock);
    }

    @Override
    public Delivery deliver(Outgoing outgoing) {
        String messageId = "<" + outgoing.reference().replaceAll("[^A-Za-z0-9.#-]", ".") + "@" + MESSAGE_ID_DOMAIN + ">";
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        try {
            message.setFrom(from());
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(outgoing.to(), true));
            message.setSubject(outgoing.subject(), "UTF-8");
            message.setContent(alternatives(outgoing.text(), outgoing.html()));
            message.setSentDate(new Date());
            message.saveChanges();
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new RejectedException("The mail could not be written: " + e.getMessage(), e);
        }
        send(message);
        return new Delivery(messageId);
    }

    /**
     * Sends on a kept connection. If a kept connection fails other than by refusing the mail (the relay
     * closed it meanwhile, say), it is dropped and the mail goes on the next one; on a new connection, the
     * failure is the relay's answer.
     */
    private void send(MimeMessage message) {
        while (true) {
            Connection connection = null;
            try {
                connection = connections.take();
                connection.transport().sendMessage(message, message.getAllRecipients());
                connections.giveBack(connection);
                return;
            } catch (MessagingException | IllegalStateException e) { // IllegalStateException: a connection closed under it
                DeliveryFailedException failure = classify(e);
                if (connection == null) {
                    throw failure;
                }
                connections.discard(connection);
                if (!connection.reused() || failure instanceof RejectedException) {
                    throw failure;
                }
            }
        }
    }

    @Override
    public void close() {
        connections.close();
    }

    /**
     * The plain-text and HTML versions of one mail, as multipart/alternative (built directly rather than
     * with Spring's MimeMessageHelper, which reads the MIME type tables from the classpath for every
     * message it helps with).
     */
    private static MimeMultipart alternatives(String text, String html) throws MessagingException {
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text, "UTF-8");
        MimeBodyPart rich = new MimeBodyPart();
        rich.setText(html, "UTF-8", "html");
        MimeMultipart alternatives = new MimeMultipart("alternative");
        alternatives.addBodyPart(plain);
        alternatives.addBodyPart(rich);
        return alternatives;
    }

    private InternetAddress from() throws UnsupportedEncodingException, MessagingException {
        return settings.fromName() == null || settings.fromName().isBlank()
                ? new InternetAddress(settings.fromAddress()) : new InternetAddress(settings.fromAddress(), settings.fromName(), "UTF-8");
    }

    /**
     * Refused credentials or the server unreachable make the relay unavailable; a 5xx reply about the
     * message or its recipient rejects it; a 4xx one is temporary.
     */
    private DeliveryFailedException classify(Exception failure) {
        List<Throwable> causes = causes(failure);
        if (causes.stream().anyMatch(AuthenticationFailedException.class::isInstance)) {
            return new ProviderUnavailableException("The mail server " + settings.host() + " refused the credentials", failure);
        }
        for (Throwable cause : causes) {
            int code = cause instanceof SMTPAddressFailedException address ? address.getReturnCode()
                    : cause instanceof SMTPSendFailedException send ? send.getReturnCode() : 0;
            String reply = "The mail server " + settings.host() + " answered: " + String.valueOf(cause.getMessage()).strip();
            if (code >= 500) {
                return new RejectedException(reply, failure);
            }
            if (code >= 400) {
                return new TemporaryFailureException(reply, failure);
            }
        }
        Throwable root = causes.stream().filter(IOException.class::isInstance).findFirst().orElse(failure);
        return new ProviderUnavailableException("The mail server " + settings.host() + ":" + settings.port()
                + " is unavailable: " + root.getMessage(), failure);
    }

    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> causes = new ArrayList<>();
        Deque<Throwable> pending = new ArrayDeque<>(List.of(failure));
        while (!pending.isEmpty() && causes.size() < 20) {
            Throwable next = pending.poll();
            if (causes.contains(next)) {
                continue;
            }
            causes.add(next);
            if (next.getCause() != null) {
                pending.add(next.getCause());
            }
            if (next instanceof MessagingException messaging) {
                if (messaging.getNextException() != null) {
                    pending.add(messaging.getNextException());
                }
            }
        }
        return causes;
    }
}
