package org.trainingplatform.notification.channel;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The provider each message goes through: the sending agency's own relay or gateway if it configured
 * one, else the platform's. Providers are built once per configuration. When an agency changes its
 * channels in this instance, its own providers are closed at once; a change made in another instance is
 * seen by the next message. Either way the next message builds them afresh, with fresh Resilience4j state
 * and new connections.
 */
@Component
public class Providers {

    static final String PLATFORM = "platform";

    private final ChannelSettings settings;
    private final ProviderFactory factory;
    private final CircuitBreakerRegistry circuitBreakers;
    private final RetryRegistry retries;
    private final RateLimiterRegistry rateLimiters;
    private final Clock clock;
    private final Map<String, Built> built = new ConcurrentHashMap<>();

    Providers(ChannelSettings settings, ProviderFactory factory, CircuitBreakerRegistry circuitBreakers,
              RetryRegistry retries, RateLimiterRegistry rateLimiters, Clock clock) {
        this.settings = settings;
        this.factory = factory;
        this.circuitBreakers = circuitBreakers;
        this.retries = retries;
        this.rateLimiters = rateLimiters;
        this.clock = clock;
    }

    /** How the agency's messages on the channel go out now, from one reading of its settings. */
    public Sending forSender(String agencyId, Channel channel) {
        Optional<AgencyChannels> own = settings.find(agencyId);
        return new Sending(provider(agencyId, channel, own), settings.policyOf(own));
    }

    /** The agency's channels were just changed here: its own providers, and their connections, are closed now. */
    void changed(String agencyId) {
        for (Channel channel : Channel.values()) {
            closeIfBuilt(nameOf(channel, agencyId));
        }
    }

    private ResilientProvider provider(String agencyId, Channel channel, Optional<AgencyChannels> own) {
        boolean hasOwn = own.map(c -> channel == Channel.EMAIL ? c.smtp() != null : c.sms() != null).orElse(false);
        String config = channel.name().toLowerCase();
        String agencys = nameOf(channel, agencyId);
        if (!hasOwn) {
            closeIfBuilt(agencys); // the agency went back to the platform's provider
        }
        String name = hasOwn ? agencys : nameOf(channel, PLATFORM);
        Long revision = hasOwn ? own.get().revision() : 0L;
        Built current = built.get(name);
        if (current != null && current.revision().equals(revision)) {
            return current.provider();
        }
        return built.compute(name, (key, previous) -> {
            if (previous != null && previous.revision().equals(revision)) {
                return previous;
            }
            if (previous != null) {
                forget(key, previous);
            }
            Optional<AgencyChannels> source = hasOwn ? own : Optional.empty();
            Provider provider = channel == Channel.EMAIL ? factory.smtp(settings.smtpFor(source))
                    : factory.sms(settings.smsFor(source));
            return new Built(revision, new ResilientProvider(key, provider, rateLimiters.rateLimiter(key, config),
                    circuitBreakers.circuitBreaker(key, config), retries.retry(key, config), clock));
        }).provider();
    }

    private static String nameOf(Channel channel, String owner) {
        return channel.name().toLowerCase() + ":" + owner;
    }

    private void closeIfBuilt(String name) {
        Built left = built.get(name);
        if (left != null && built.remove(name, left)) {
            forget(name, left);
        }
    }

    private void forget(String name, Built previous) {
        previous.provider().close();
        circuitBreakers.remove(name);
        retries.remove(name);
        rateLimiters.remove(name);
    }

    @PreDestroy
    void close() {
        built.values().forEach(current -> current.provider().close());
    }

    /** The provider a message goes through, and the sending agency's policy (quiet hours, SMS text). */
    public record Sending(ResilientProvider provider, SendingPolicy policy) {
    }

    private record Built(Long revision, ResilientProvider provider) {
    }
}
