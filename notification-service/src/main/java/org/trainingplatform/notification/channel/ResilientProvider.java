package org.trainingplatform.notification.channel;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.core.functions.CheckedSupplier;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.retry.Retry;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * A provider behind its own rate limiter, circuit breaker and retry with exponential back-off (in
 * that order from the inside), as configured under {@code resilience4j.*.configs.email|sms}. The
 * network timeouts are the adapters' own (socket and HTTP timeouts).
 */
public class ResilientProvider {

    private final String name;
    private final Provider provider;
    private final RateLimiter rateLimiter;
    private final CircuitBreaker circuitBreaker;
    private final Retry retry;
    private final Clock clock;

    ResilientProvider(String name, Provider provider, RateLimiter rateLimiter, CircuitBreaker circuitBreaker,
                      Retry retry, Clock clock) {
        this.name = name;
        this.provider = provider;
        this.rateLimiter = rateLimiter;
        this.circuitBreaker = circuitBreaker;
        this.retry = retry;
        this.clock = clock;
    }

    /** e.g. {@code email:platform} or {@code sms:<agency id>}: the name of its Resilience4j instances. */
    public String name() {
        return name;
    }

    /**
     * Hands the message to the provider, recording every call in {@code calls}.
     *
     * @throws DeliveryFailedException    when the provider did not take it (after the retries)
     * @throws ProviderPausedException    when the circuit is open or the rate limit is reached (before the first call,
     *                                    or before a retry)
     */
    public Delivery deliver(Outgoing message, List<ProviderCall> calls) {
        CheckedSupplier<Delivery> call = () -> {
            var at = clock.instant();
            try {
                Delivery delivery = provider.deliver(message);
                calls.add(new ProviderCall(at, null));
                return delivery;
            } catch (DeliveryFailedException e) {
                calls.add(new ProviderCall(at, e.getMessage()));
                throw e;
            }
        };
        CheckedSupplier<Delivery> resilient = Retry.decorateCheckedSupplier(retry,
                CircuitBreaker.decorateCheckedSupplier(circuitBreaker,
                        RateLimiter.decorateCheckedSupplier(rateLimiter, call)));
        try {
            return resilient.get();
        } catch (CallNotPermittedException e) {
            throw new ProviderPausedException(name + " is failing: its circuit breaker is open",
                    circuitBreaker.getCircuitBreakerConfig().getWaitIntervalFunctionInOpenState().apply(1));
        } catch (RequestNotPermitted e) {
            throw new ProviderPausedException(name + " is at its rate limit",
                    rateLimiter.getRateLimiterConfig().getLimitRefreshPeriod().toMillis());
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new ProviderUnavailableException(name + " failed: " + e, e);
        }
    }

    /** Lets go of the provider's connections: its configuration changed, or the service stops. */
    void close() {
        provider.close();
    }

    /** The provider is paused (circuit open, rate limit) and was not called again; try again after {@link #pause()}. */
    public static class ProviderPausedException extends RuntimeException {

        private final Duration pause;

        ProviderPausedException(String reason, long pauseMillis) {
            super(reason);
            this.pause = Duration.ofMillis(Math.max(pauseMillis, 100));
        }

        public Duration pause() {
            return pause;
        }
    }
}
