package org.trainingplatform.support.embedded;

import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.UserException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import jakarta.mail.internet.MimeMessage;
import org.trainingplatform.support.mail.MailStreamProviders;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * An SMTP server that keeps every mail it receives (GreenMail, no authentication), with a web inbox:
 * {@code GET /} lists the mails newest first, {@code GET /messages/<id>} shows one with its HTML and
 * plain-text parts, and {@code GET /api/messages} lists them as JSON for tests and scripts.
 */
public final class EmbeddedMailServer implements AutoCloseable {

    private final List<ReceivedMail> mails = new ArrayList<>();
    private final Set<MovingMessage> seen = Collections.newSetFromMap(new WeakHashMap<>());
    private final GreenMail smtp;
    private final WebEndpoint inbox;

    private EmbeddedMailServer(int smtpPort, int inboxPort) {
        MailStreamProviders.nameAngus();
        smtp = new GreenMail(new ServerSetup(smtpPort, "localhost", ServerSetup.PROTOCOL_SMTP));
        smtp.getUserManager().setMessageDeliveryHandler((message, recipient) -> {
            keep(message);
            return new Recipient(recipient.getEmail());
        });
        smtp.start();
        inbox = WebEndpoint.start("mail-inbox", inboxPort, Map.of(
                "/api/messages", this::api,
                "/messages/", this::message,
                "/", this::list));
    }

    /** Starts the SMTP server and the web inbox on {@code localhost}; port 0 picks a free port. */
    public static EmbeddedMailServer start(int smtpPort, int inboxPort) {
        return new EmbeddedMailServer(smtpPort, inboxPort);
    }

    public int smtpPort() {
        return smtp.getSmtp().getPort();
    }

    public String inboxUrl() {
        return "http://localhost:" + inbox.port();
    }

    /** The received mails, newest first. */
    public synchronized List<ReceivedMail> messages() {
        List<ReceivedMail> newestFirst = new ArrayList<>(mails);
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    public synchronized void clear() {
        mails.clear();
    }

    @Override
    public void close() {
        inbox.close();
        smtp.stop();
    }

    /** How many users and mailboxes the SMTP server holds: none, every mail is kept in this server's list. */
    int mailboxes() {
        return smtp.getUserManager().listUser().size();
    }

    /** A mail for several recipients is delivered once per recipient: keep it once. */
    private synchronized void keep(MovingMessage message) {
        if (seen.add(message)) {
            List<String> recipients = message.getToAddresses().stream().map(MailAddress::getEmail).toList();
            mails.add(MailReader.read(mails.size() + 1, message.getMessage(), recipients));
        }
    }

    private synchronized ReceivedMail find(int id) {
        return mails.stream().filter(mail -> mail.id() == id).findFirst().orElse(null);
    }

    private void api(HttpExchange exchange) throws IOException {
        if ("DELETE".equals(exchange.getRequestMethod())) {
            clear();
            WebEndpoint.send(exchange, 204, "text/plain", "");
        } else {
            Instant since = WebEndpoint.since(exchange);
            WebEndpoint.json(exchange, 200, messages().stream().filter(mail -> mail.receivedAt().isAfter(since)).toList());
        }
    }

    private void list(HttpExchange exchange) throws IOException {
        if (!"/".equals(exchange.getRequestURI().getPath())) {
            WebEndpoint.send(exchange, 404, "text/plain", "Not found");
            return;
        }
        WebEndpoint.html(exchange, MailInboxPages.list(messages()));
    }

    private void message(HttpExchange exchange) throws IOException {
        String id = exchange.getRequestURI().getPath().substring("/messages/".length());
        ReceivedMail mail = id.matches("[0-9]{1,9}") ? find(Integer.parseInt(id)) : null;
        if (mail == null) {
            WebEndpoint.send(exchange, 404, "text/plain", "No such message");
            return;
        }
        WebEndpoint.html(exchange, MailInboxPages.message(mail));
    }

    /**
     * A recipient as the SMTP server delivers to it. Every mail is kept once, in this server's list, and
     * that list is all that is read (no IMAP or POP3 runs), so a mail is not also stored in a mailbox of
     * its recipient: GreenMail finds a recipient's mailbox by scanning every mailbox, so each mail cost
     * more the more recipients there had been, and it kept a second copy of every mail.
     */
    private static final class Recipient implements GreenMailUser {

        private final String email;

        Recipient(String email) {
            this.email = email;
        }

        @Override
        public String getEmail() {
            return email;
        }

        @Override
        public String getLogin() {
            return email;
        }

        @Override
        public void deliver(MovingMessage message) {
            // kept by the server already
        }

        @Override
        public void deliver(MimeMessage message) {
            // kept by the server already
        }

        @Override
        public void create() {
        }

        @Override
        public void delete() {
        }

        @Override
        public String getPassword() {
            return null;
        }

        @Override
        public void setPassword(String password) {
        }

        @Override
        public void authenticate(String password) throws UserException {
            throw new UserException("No mailbox to log in to");
        }

        @Override
        public String getQualifiedMailboxName() {
            return email;
        }
    }
}
