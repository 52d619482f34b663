package org.trainingplatform.enrolment.agency;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.trainingplatform.enrolment.EnrolmentApi;
import org.trainingplatform.support.testing.PlatformIntegrationTest;
import org.trainingplatform.support.testing.TopicReader;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.trainingplatform.enrolment.EnrolmentApi.JSON;
import static org.trainingplatform.support.testing.TopicReader.header;

/** The directory publishes every agency's profile on {@code enrolment-events}, so that other services can print names. */
@PlatformIntegrationTest
class AgencyDirectoryIT {

    private static final String CHANGED = "org.trainingplatform.enrolment.agency-profile-changed.v1";

    @LocalServerPort
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    Agencies agencies;

    @Test
    void anAgencysProfileIsPublishedWhenItIsDescribedAndAgainOnlyWhenItChanges() {
        String agencyId = "tien-giang-construction-" + UUID.randomUUID().toString().substring(0, 8);
        EnrolmentApi agency = EnrolmentApi.as(port, agencyId);

        // each change right after the one before, while the relay removes the one before's published event
        List<String> names = List.of("Sở Xây dựng tỉnh Tiền Giang", "Sở Xây dựng Tiền Giang", "Sở Xây dựng tỉnh Tiền Giang",
                "Sở Xây dựng", "Sở Xây dựng tỉnh Tiền Giang");
        agency.describeAgency(names.get(0));
        agency.describeAgency(names.get(0));
        names.stream().skip(1).forEach(agency::describeAgency);

        try (var topic = new TopicReader(bootstrapServers, "enrolment-events")) {
            await().atMost(Duration.ofSeconds(20)).until(() -> profiles(topic, agencyId).size() >= names.size());
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                    .until(() -> profiles(topic, agencyId).size() == names.size());
            List<ConsumerRecord<String, byte[]>> published = profiles(topic, agencyId);
            assertThat(published).extracting(r -> JSON.readTree(r.value()).get("name").asString()).containsExactlyElementsOf(names);
            assertThat(published).allSatisfy(r -> assertThat(header(r, "ce_agencyid")).isEqualTo(agencyId));
            JsonNode latest = JSON.readTree(published.get(names.size() - 1).value());
            assertThat(latest.get("kind").asString()).isEqualTo("DEPARTMENT");
            assertThat(latest.get("country").asString()).isEqualTo("VN");
        }
    }

    @Test
    void anAgencyDescribedBeforeProfilesWerePublishedIsAnnouncedOnceAndCanStillChangeItsProfile() {
        String agencyId = "beijing-party-school-" + UUID.randomUUID().toString().substring(0, 8);
        // as the directory stored an agency before: no version, no outbox
        mongo.insert(new Document("_id", agencyId).append("name", "Trường Đảng Bắc Kinh").append("kind", "SCHOOL")
                .append("country", "CN"), "agencies");

        agencies.announceAgenciesDescribedBefore();
        agencies.announceAgenciesDescribedBefore();

        try (var topic = new TopicReader(bootstrapServers, "enrolment-events")) {
            await().atMost(Duration.ofSeconds(20)).until(() -> profiles(topic, agencyId).size() >= 1);
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> profiles(topic, agencyId).size() == 1);
            JsonNode announced = JSON.readTree(profiles(topic, agencyId).get(0).value());
            assertThat(announced.get("name").asString()).isEqualTo("Trường Đảng Bắc Kinh");
            assertThat(announced.get("country").asString()).isEqualTo("CN");

            EnrolmentApi.as(port, agencyId).describeAgency("Trường Đảng thành phố Bắc Kinh");

            await().atMost(Duration.ofSeconds(20)).until(() -> profiles(topic, agencyId).size() == 2);
        }
    }

    private static List<ConsumerRecord<String, byte[]>> profiles(TopicReader topic, String agencyId) {
        return topic.records(r -> agencyId.equals(r.key()) && CHANGED.equals(header(r, "ce_type")));
    }
}
