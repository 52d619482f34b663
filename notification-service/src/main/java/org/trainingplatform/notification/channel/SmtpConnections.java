package org.trainingplatform.notification.channel;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Connections to one SMTP relay, kept open between mails, as mailers do: a connection costs a TCP (and
 * with STARTTLS a TLS) handshake and a greeting, several times the CPU of a mail sent on it. A connection
 * is used by one sender at a time; the most recently used is taken first, so a quiet relay is left with
 * few, and one idle for longer than {@link #IDLE_LIMIT} is closed rather than used (relays close idle
 * connections after a minute or more).
 */
final class SmtpConnections implements AutoCloseable {

    private static final Duration IDLE_LIMIT = Duration.ofSeconds(20);

    private final Session session;
    private final SmtpSettings settings;
    private final Clock clock;
    private final Deque<Idle> idle = new ConcurrentLinkedDeque<>();
    private volatile boolean closed;

    SmtpConnections(Session session, SmtpSettings settings, Clock clock) {
        this.session = session;
        this.settings = settings;
        this.clock = clock;
    }

    /** An open connection: the most recently used idle one, if there is one still fresh. */
    Connection take() throws MessagingException {
        Instant now = clock.instant();
        for (Idle next = idle.pollFirst(); next != null; next = idle.pollFirst()) {
            if (!next.tooLongAt(now)) {
                return new Connection(next.transport(), true);
            }
            closeQuietly(next.transport());
        }
        return new Connection(open(), false);
    }

    /** Keeps the connection for the next mail, and closes connections left idle too long. */
    void giveBack(Connection connection) {
        Instant now = clock.instant();
        idle.addFirst(new Idle(connection.transport(), now));
        for (Idle oldest = idle.peekLast(); oldest != null && oldest.tooLongAt(now);
             oldest = idle.peekLast()) {
            if (idle.removeLastOccurrence(oldest)) {
                closeQuietly(oldest.transport());
            }
        }
        if (closed) {
            close();
        }
    }

    /** Closes a connection that failed: it is not used again. */
    void discard(Connection connection) {
        closeQuietly(connection.transport());
    }

    @Override
    public void close() {
        closed = true;
        for (Idle next = idle.pollFirst(); next != null; next = idle.pollFirst()) {
            closeQuietly(next.transport());
        }
    }

    private Transport open() throws MessagingException {
        Transport transport = session.getTransport("smtp");
        boolean authenticated = settings.username() != null && !settings.username().isBlank();
        transport.connect(settings.host(), settings.port(), authenticated ? settings.username() : null,
                authenticated ? settings.password() : null);
        return transport;
    }

    private static void closeQuietly(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException | RuntimeException e) {
            // the relay has gone already
        }
    }

    /** A connection taken for one mail; {@code reused} when it had carried mail before. */
    record Connection(Transport transport, boolean reused) {
    }

    private record Idle(Transport transport, Instant since) {

        boolean tooLongAt(Instant now) {
            return !now.isBefore(since.plus(IDLE_LIMIT));
        }
    }
}
