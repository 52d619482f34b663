package org.trainingplatform.notification;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.trainingplatform.events.EventCatalogue;
import org.trainingplatform.events.EventDescriptor;
import org.trainingplatform.support.events.EventJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Records as the Kafka binder reads them: payload bytes, and each header's bytes. Read from the recorded
 * messages in {@code src/test/resources/recorded/<topic>}, or made from an event as its producer would
 * publish it; handed to a consumer function as a poll of them ({@link #poll}).
 */
final class RecordedEvents {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RecordedEvents() {
    }

    /** The recorded messages of a topic, in the order of their file names. */
    static List<Message<byte[]>> of(String topic) {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:recorded/" + topic + "/*.json");
            Arrays.sort(files, Comparator.comparing(Resource::getFilename));
            return Arrays.stream(files).map(RecordedEvents::read).toList();
        } catch (IOException e) {
            throw new IllegalStateException(topic, e);
        }
    }

    /**
     * Records handed to a consumer function as the binder hands over a poll in batch mode: the payloads in a list,
     * and each record's headers in a list beside them.
     */
    static Message<List<byte[]>> poll(List<Message<byte[]>> records) {
        List<Map<String, Object>> headers = new ArrayList<>();
        List<Long> offsets = new ArrayList<>();
        for (Message<byte[]> record : records) {
            headers.add(new HashMap<>(record.getHeaders()));
            offsets.add(null); // the recorded messages say nothing of their place in the partition
        }
        return MessageBuilder.withPayload(records.stream().map(Message::getPayload).toList())
                .setHeader(KafkaHeaders.BATCH_CONVERTED_HEADERS, headers)
                .setHeader(KafkaHeaders.OFFSET, offsets)
                .build();
    }

    /** A poll of the event alone, as its producer publishes it, with a new id. */
    static Message<List<byte[]>> published(Record event) {
        return poll(List.of(record(event)));
    }

    private static Message<byte[]> record(Record event) {
        EventDescriptor descriptor = EventCatalogue.of(event.getClass());
        return MessageBuilder.withPayload(EventJson.write(event).getBytes(UTF_8))
                .setHeader("ce_id", bytes(UUID.randomUUID().toString()))
                .setHeader("ce_source", bytes(descriptor.source()))
                .setHeader("ce_type", bytes(descriptor.type()))
                .setHeader("ce_subject", bytes(descriptor.subjectOf(event)))
                .setHeader("ce_time", bytes(Instant.now().toString()))
                .setHeader("ce_specversion", bytes("1.0"))
                .setHeader("ce_dataschema", bytes(descriptor.dataschema()))
                .setHeader("ce_agencyid", bytes(descriptor.agencyOf(event)))
                .setHeader("content-type", bytes("application/json"))
                .setHeader("kafka_receivedMessageKey", descriptor.keyOf(event))
                .build();
    }

    private static Message<byte[]> read(Resource file) {
        try {
            JsonNode record = JSON.readTree(file.getInputStream());
            MessageBuilder<byte[]> message = MessageBuilder.withPayload(record.get("payload").asString().getBytes(UTF_8));
            for (Map.Entry<String, JsonNode> header : record.get("headers").properties()) {
                message.setHeader(header.getKey(), bytes(header.getValue().asString()));
            }
            return message.setHeader("kafka_receivedMessageKey", record.get("key").asString()).build();
        } catch (IOException e) {
            throw new IllegalStateException(file.getFilename(), e);
        }
    }

    private static byte[] bytes(String value) {
        return value.getBytes(UTF_8);
    }
}
