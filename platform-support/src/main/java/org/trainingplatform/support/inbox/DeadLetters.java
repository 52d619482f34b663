package org.trainingplatform.support.inbox;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer.HeaderNames.HeadersToAdd;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * What becomes of a record a consumer could not handle. {@link InboundEvents} names the failed record by its place in
 * the poll; the records before it are committed, and it is tried again with exponential backoff, the records after it
 * coming again with it. A {@link MalformedEventException} is not tried again. Once its attempts are spent the record
 * goes, with the reason in its {@value #REASON} header, to its topic's dead-letter topic {@code <topic>.<group>.dlt},
 * keyed as it was; the consumer goes on with the next. A dead-letter topic is created, with the platform's partitions,
 * when its first record comes.
 */
final class DeadLetters {

    private static final String REASON = "x-exception-message";
    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final KafkaAdmin admin;
    private final String group;
    private final int partitions;
    private final int replicas;
    private final Set<String> created = ConcurrentHashMap.newKeySet();

    private DeadLetters(KafkaAdmin admin, String group, int partitions, int replicas) {
        this.admin = admin;
        this.group = group;
        this.partitions = partitions;
        this.replicas = replicas;
    }

    /** The error handler of every consumer of the service whose consumer group this is. */
    static DefaultErrorHandler errorHandler(KafkaOperations<byte[], byte[]> kafka, KafkaAdmin admin, String group,
                                           int partitions, int replicas, InboxProperties.Retry retry) {
        DeadLetters deadLetters = new DeadLetters(admin, group, partitions, replicas);
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(kafka, deadLetters::topicOf);
        recoverer.excludeHeader(HeadersToAdd.EX_MSG);
        recoverer.setHeadersFunction((record, failure) -> new RecordHeaders().add(REASON, reason(failure).getBytes(UTF_8)));
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(retry.attempts() - 1);
        backOff.setInitialInterval(retry.firstAfter().toMillis());
        backOff.setMultiplier(2);
        backOff.setMaxInterval(retry.longestWait().toMillis());
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(MalformedEventException.class);
        return handler;
    }

    /** The record's dead-letter topic, created if it is missing; the partition left to the key. */
    private TopicPartition topicOf(ConsumerRecord<?, ?> record, Exception failure) {
        String topic = record.topic() + "." + group + ".dlt";
        log.warn("The record at offset {} of {}-{} goes to {}: {}", record.offset(), record.topic(), record.partition(),
                topic, reason(failure));
        if (created.add(topic)) {
            try {
                admin.createOrModifyTopics(TopicBuilder.name(topic).partitions(partitions).replicas(replicas).build());
            } catch (RuntimeException e) {
                created.remove(topic);
                throw e;
            }
        }
        return new TopicPartition(topic, -1);
    }

    /** Why the record failed: the message of the failure the consumer named the record with. */
    private static String reason(Throwable failure) {
        Throwable reason = failure;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BatchListenerFailedException named && named.getCause() != null) {
                reason = named.getCause();
            }
        }
        return String.valueOf(reason.getMessage());
    }
}
