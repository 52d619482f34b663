package org.trainingplatform.benchmarks;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** How many records the services' consumer groups have yet to consume, as the broker's offsets say. */
final class ConsumerLag implements AutoCloseable {

    private static final List<String> GROUPS = List.of("notification-service", "scheduling-service", "assessment-service");

    private final Admin admin;

    ConsumerLag(String bootstrapServers) {
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    /** The records behind, over every group and partition; {@link Long#MAX_VALUE} when the broker cannot tell. */
    long records() {
        try {
            long lag = 0;
            for (String group : GROUPS) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get();
                Map<TopicPartition, OffsetSpec> latest = committed.keySet().stream()
                        .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
                var ends = admin.listOffsets(latest).all().get();
                for (var entry : committed.entrySet()) {
                    lag += Math.max(0, ends.get(entry.getKey()).offset() - entry.getValue().offset());
                }
            }
            return lag;
        } catch (Exception e) {
            return Long.MAX_VALUE;
        }
    }

    @Override
    public void close() {
        admin.close();
    }
}
