package org.trainingplatform.benchmarks;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ConsumerFetchesTest {

    private static final String SCRAPE = """
            # HELP kafka_consumer_fetch_manager_fetch_total The total number of fetch requests.
            # TYPE kafka_consumer_fetch_manager_fetch_total counter
            kafka_consumer_fetch_manager_fetch_total{application="notification-service",client_id="consumer-notification-service-2",kafka_version="4.2.1",spring_id="enrolment-events.consumer.consumer-notification-service-2"} 40.0
            kafka_consumer_fetch_manager_fetch_total{application="notification-service",client_id="consumer-notification-service-3",kafka_version="4.2.1",spring_id="enrolment-events.consumer.consumer-notification-service-3"} 60.0
            kafka_consumer_fetch_manager_fetch_total{application="notification-service",client_id="consumer-notification-service-6",kafka_version="4.2.1",spring_id="scheduling-events.consumer.consumer-notification-service-6"} 16.0
            kafka_consumer_fetch_manager_fetch_total_rate{application="notification-service",client_id="consumer-notification-service-6",kafka_version="4.2.1",spring_id="scheduling-events.consumer.consumer-notification-service-6"} 3.0
            kafka_consumer_fetch_manager_records_consumed_total{application="notification-service",client_id="consumer-notification-service-2",kafka_version="4.2.1",spring_id="enrolment-events.consumer.consumer-notification-service-2"} 150.0
            kafka_consumer_fetch_manager_records_consumed_total{application="notification-service",client_id="consumer-notification-service-3",kafka_version="4.2.1",spring_id="enrolment-events.consumer.consumer-notification-service-3"} 250.0
            kafka_consumer_fetch_manager_records_consumed_total{application="notification-service",client_id="consumer-notification-service-6",kafka_version="4.2.1",spring_id="scheduling-events.consumer.consumer-notification-service-6"} 0.0
            kafka_consumer_fetch_manager_records_consumed_rate{application="notification-service",client_id="consumer-notification-service-2",kafka_version="4.2.1",spring_id="enrolment-events.consumer.consumer-notification-service-2"} 7.5
            """;

    @Test
    void aServicesConsumersOfOneTopicAreSummedAndItsOtherCountersLeftAlone() {
        Map<String, ConsumerFetches.Counts> byTopic = ConsumerFetches.parse(SCRAPE);

        assertThat(byTopic).containsOnlyKeys("enrolment-events", "scheduling-events");
        assertThat(byTopic.get("enrolment-events")).isEqualTo(new ConsumerFetches.Counts(400, 100));
        assertThat(byTopic.get("scheduling-events")).isEqualTo(new ConsumerFetches.Counts(0, 16));
    }

    @Test
    void aScrapeWithoutConsumersCountsNothing() {
        assertThat(ConsumerFetches.parse("jvm_threads_live_threads{application=\"x\"} 41.0\n")).isEmpty();
    }
}
