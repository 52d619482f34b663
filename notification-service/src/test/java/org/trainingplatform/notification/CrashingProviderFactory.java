package org.trainingplatform.notification;

import org.trainingplatform.notification.channel.Delivery;
import org.trainingplatform.notification.channel.Outgoing;
import org.trainingplatform.notification.channel.Provider;
import org.trainingplatform.notification.channel.ProviderFactory;
import org.trainingplatform.notification.channel.SmsSettings;
import org.trainingplatform.notification.channel.SmtpSettings;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The real adapters, with a switch that makes the service "die" right after a provider accepted a
 * message for a given address and before the outcome is recorded: an {@link Error} escapes, as if the
 * process had stopped there.
 */
class CrashingProviderFactory extends ProviderFactory {

    private static final Set<String> CRASH_AFTER_ACCEPTING = ConcurrentHashMap.newKeySet();

    /** The next message to this address is accepted by the provider, then the sender stops. */
    static void crashAfterAccepting(String address) {
        CRASH_AFTER_ACCEPTING.add(address);
    }

    @Override
    public Provider smtp(SmtpSettings settings) {
        return crashing(super.smtp(settings));
    }

    @Override
    public Provider sms(SmsSettings settings) {
        return crashing(super.sms(settings));
    }

    private static Provider crashing(Provider real) {
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
                real.close();
            }
        };
    }

    static class SimulatedCrash extends Error {
        SimulatedCrash(String address) {
            super("Simulated crash after the provider accepted the message to " + address);
        }
    }
}
