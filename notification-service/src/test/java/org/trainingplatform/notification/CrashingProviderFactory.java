package org.trainingplatform.notification;

import org.trainingplatform.notification.channel.Delivery;
import org.trainingplatform.notification.channel.Outgoing;
import org.trainingplatform.notification.channel.Provider;
import org.trainingplatform.notification.channel.ProviderFactory;
import org.trainingplatform.notification.channel.SmsSettings;
import org.trainingplatform.notification.channel.SmtpSettings;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The real adapters, with a switch that makes the service "die" right after a provider accepted a
 * message for a given address and before the outcome is recorded: an {@link Error} escapes, as if the
 * process had stopped there. It also remembers the SMTP providers it made, and whether each was closed.
 */
class CrashingProviderFactory extends ProviderFactory {

    private static final Set<String> CRASH_AFTER_ACCEPTING = ConcurrentHashMap.newKeySet();
    private static final List<Made> SMTP_PROVIDERS_MADE = new CopyOnWriteArrayList<>();

    /** The next message to this address is accepted by the provider, then the sender stops. */
    static void crashAfterAccepting(String address) {
        CRASH_AFTER_ACCEPTING.add(address);
    }

    CrashingProviderFactory(Clock clock) {
        super(clock);
    }

    /** The SMTP providers made so far for the relay on this port, oldest first. */
    static List<Made> smtpProvidersMadeFor(int port) {
        return SMTP_PROVIDERS_MADE.stream().filter(made -> made.settings().port() == port).toList();
    }

    @Override
    public Provider smtp(SmtpSettings settings) {
        Made made = new Made(settings, new AtomicBoolean());
        SMTP_PROVIDERS_MADE.add(made);
        return crashing(super.smtp(settings), () -> made.closed().set(true));
    }

    @Override
    public Provider sms(SmsSettings settings) {
        return crashing(super.sms(settings), () -> { });
    }

    private static Provider crashing(Provider real, Runnable whenClosed) {
        return new Provider() {
            @Override
            public Delivery deliver(Outgoing message) {
                Delivery delivery = real.deliver(message);
                if (CRASH_AFTER_ACCEPTING.remove(message.to())) {
                    throw new SimulatedCrash(message.to());
                }
                return delivery;
            }

            @Override
            public void close() {
                whenClosed.run();
                real.close();
            }
        };
    }

    record Made(SmtpSettings settings, AtomicBoolean closed) {
    }

    static class SimulatedCrash extends Error {
        SimulatedCrash(String address) {
            super("Simulated crash after the provider accepted the message to " + address);
        }
    }
}
