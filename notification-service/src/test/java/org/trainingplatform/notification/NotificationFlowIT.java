package org.trainingplatform.notification;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.trainingplatform.events.enrolment.ClassOpened;
import org.trainingplatform.events.enrolment.ClassRescheduled;
import org.trainingplatform.events.enrolment.ClassStatusChanged;
import org.trainingplatform.events.enrolment.EnrolmentWithdrawn;
import org.trainingplatform.events.enrolment.NominationRejected;
import org.trainingplatform.events.enrolment.TraineeContactChanged;
import org.trainingplatform.events.enrolment.TraineeNominated;
import org.trainingplatform.events.enrolment.TraineePromotedFromWaitlist;
import org.trainingplatform.events.enrolment.TraineeRegistered;
import org.trainingplatform.events.enrolment.TraineeWaitlisted;
import org.trainingplatform.support.embedded.ReceivedMail;
import org.trainingplatform.support.embedded.SmsMessage;
import org.trainingplatform.support.testing.TopicReader;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.trainingplatform.notification.S1.DEPARTMENT_OF_CONSTRUCTION;
import static org.trainingplatform.notification.S1.HOME_AFFAIRS;
import static org.trainingplatform.notification.TestChannels.mailsTo;
import static org.trainingplatform.notification.TestChannels.smsTo;
import static org.trainingplatform.support.testing.TopicReader.header;

/**
 * Reference scenario S1 from the trainees' side: what the enrolment events of Hanoi's programme 2,
 * class 2 make arrive in their mailboxes and on their phones, once each, whatever order the events
 * come in and however often they are delivered.
 */
class NotificationFlowIT extends NotificationIntegrationTest {

    @Autowired
    MongoTemplate mongo;

    @Test
    void s1EnrolmentIsConfirmedByEmailAndSmsInTheTraineesLanguageExactlyOnce() {
        ClassOpened klass = S1.classOpened(HOME_AFFAIRS);
        TraineeRegistered tuyen = S1.trainee(DEPARTMENT_OF_CONSTRUCTION, "Nguyễn Thị Tuyến", "vi");
        TraineeRegistered hung = S1.trainee(DEPARTMENT_OF_CONSTRUCTION, "Trần Quốc Hùng", "en");
        events.publish(tuyen);
        events.publish(hung);
        events.publish(klass);
        events.publish(S1.enrolled(klass, tuyen));
        events.publish(S1.enrolled(klass, hung));

        await().atMost(PATIENCE).until(() -> mailsTo(tuyen.email()).size() == 1 && smsTo(tuyen.phone()).size() == 1
                && mailsTo(hung.email()).size() == 1 && smsTo(hung.phone()).size() == 1);

        ReceivedMail mail = mailsTo(tuyen.email()).get(0);
        assertThat(mail.subject()).isEqualTo("Xác nhận ghi danh vào Lớp 2");
        assertThat(mail.from()).contains("no-reply@trainingplatform.local");
        assertThat(mail.text()).startsWith("Kính gửi ông/bà Nguyễn Thị Tuyến,")
                .contains("đã được ghi danh vào Lớp 2 thuộc chương trình bồi dưỡng “" + S1.PROGRAMME + "”",
                        "Thời gian: từ Thứ Hai, 08/08/2022 đến Thứ Sáu, 12/08/2022", "Địa điểm: " + S1.VENUE);
        assertThat(mail.html()).contains("Kính gửi ông/bà <strong>Nguyễn Thị Tuyến</strong>", "Thứ Hai, 08/08/2022");
        SmsMessage sms = smsTo(tuyen.phone()).get(0);
        assertThat(sms.text()).startsWith("Ông/bà Nguyễn Thị Tuyến đã được ghi danh vào Lớp 2, học từ 08/08/2022");
        assertThat(sms.encoding()).isEqualTo("UCS-2");
        assertThat(sms.segments()).isEqualTo(3);
        assertThat(sms.sender()).isEqualTo("DAOTAO");

        assertThat(mailsTo(hung.email()).get(0).subject()).isEqualTo("Enrolment confirmed: Lớp 2");
        assertThat(mailsTo(hung.email()).get(0).text()).startsWith("Dear Trần Quốc Hùng,")
                .contains("Dates: from Monday, 8 August 2022 to Friday, 12 August 2022");

        JsonNode email = awaitMessage(DEPARTMENT_OF_CONSTRUCTION, tuyen.traineeId(), "EMAIL", "SENT");
        assertThat(email.get("kind").asString()).isEqualTo("ENROLMENT_CONFIRMED");
        assertThat(email.get("attempts")).hasSize(1);
        assertThat(email.get("attempts").get(0).get("outcome").asString()).isEqualTo("ACCEPTED");
        assertThat(email.get("provider").asString()).isEqualTo("email:platform");
        JsonNode text = awaitMessage(DEPARTMENT_OF_CONSTRUCTION, tuyen.traineeId(), "SMS", "SENT");
        assertThat(text.get("smsSegments").asInt()).isEqualTo(3);
        assertThat(text.get("smsEncoding").asString()).isEqualTo("UCS_2");

        try (var topic = new TopicReader(bootstrapServers, "notification-events")) {
            await().atMost(PATIENCE).until(() -> topic.records(r -> klass.classId().equals(r.key())).size() >= 4);
            List<ConsumerRecord<String, byte[]>> sent = topic.records(r -> klass.classId().equals(r.key()));
            assertThat(sent).hasSize(4).allSatisfy(record -> {
                assertThat(header(record, "ce_type")).isEqualTo("org.trainingplatform.notification.message-sent.v1");
                assertThat(header(record, "ce_agencyid")).isEqualTo(HOME_AFFAIRS);
                assertThat(header(record, "ce_source")).isEqualTo("notification-service");
            });
            JsonNode event = sent.stream().map(r -> JSON.readTree(r.value()))
                    .filter(e -> e.get("traineeId").asString().equals(tuyen.traineeId())
                            && e.get("channel").asString().equals("EMAIL")).findFirst().orElseThrow();
            assertThat(event.get("messageId").asString()).isEqualTo(email.get("id").asString());
            assertThat(event.get("kind").asString()).isEqualTo("ENROLMENT_CONFIRMED");
            assertThat(event.get("attempts").asInt()).isEqualTo(1);
            assertThat(event.get("causeEventId").asString()).isEqualTo(email.get("causeEventId").asString());
        }
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() ->
                mailsTo(tuyen.email()).size() == 1 && smsTo(tuyen.phone()).size() == 1);
    }

    @Test
    void aContactChangedInTheSameMillisecondAsTheRegistrationIsWhereMessagesGoAndAnOlderOneDeliveredLateIsNot() {
        ClassOpened klass = S1.classOpened(HOME_AFFAIRS);
        TraineeRegistered mai = S1.trainee(DEPARTMENT_OF_CONSTRUCTION, "Lê Thị Mai", "vi");
        TraineeContactChanged changed = new TraineeContactChanged(mai.traineeId(), mai.agencyId(),
                mai.traineeId().substring(0, 8) + ".moi@hanoi.gov.vn", S1.randomMobile(), "vi");
        TraineeContactChanged older = new TraineeContactChanged(mai.traineeId(), mai.agencyId(),
                mai.traineeId().substring(0, 8) + ".cu@hanoi.gov.vn", S1.randomMobile(), "vi");
        Instant time = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        events.publish(mai, UUID.randomUUID().toString(), time);
        events.publish(changed, UUID.randomUUID().toString(), time);
        String late = events.publish(older, UUID.randomUUID().toString(), time.minusMillis(1));
        // a trainee's events come in order: once the late one is handled, so are the two before it
        await().atMost(PATIENCE).until(() -> mongo.exists(Query.query(where("_id").is("notification-service/" + late)),
                "processed_events"));
        events.publish(klass);
        events.publish(S1.enrolled(klass, mai));

        await().atMost(PATIENCE).until(() -> mailsTo(changed.email()).size() == 1 && smsTo(changed.phone()).size() == 1);
        assertThat(mailsTo(mai.email())).isEmpty();
        assertThat(smsTo(mai.phone())).isEmpty();
        assertThat(mailsTo(older.email())).isEmpty();
        assertThat(smsTo(older.phone())).isEmpty();
    }

    @Test
    void anEnrolmentBeforeTheTraineesContactWaitsAndIsSentOnceTheContactArrives() {
        ClassOpened klass = S1.classOpened(HOME_AFFAIRS);
        TraineeRegistered lan = S1.trainee(DEPARTMENT_OF_CONSTRUCTION, "Vũ Thị Lan", "vi");
        events.publish(klass);
        events.publish(S1.enrolled(klass, lan));

        JsonNode waiting = awaitMessage(DEPARTMENT_OF_CONSTRUCTION, lan.traineeId(), "EMAIL", "WAITING_FOR_CONTACT");
        assertThat(waiting.get("statusReason").asString()).isEqualTo("Waiting for the trainee's contact details");
        assertThat(expect(as(HOME_AFFAIRS).get("/api/messages/pending"), 200).findValuesAsString("id"))
                .contains(waiting.get("id").asString());
        assertThat(mailsTo(lan.email())).isEmpty();

        events.publish(lan);

        await().atMost(PATIENCE).until(() -> mailsTo(lan.email()).size() == 1 && smsTo(lan.phone()).size() == 1);
        assertThat(mailsTo(lan.email()).get(0).text()).contains("Kính gửi ông/bà Vũ Thị Lan");
        awaitMessage(DEPARTMENT_OF_CONSTRUCTION, lan.traineeId(), "EMAIL", "SENT");
        assertThat(expect(as(HOME_AFFAIRS).get("/api/messages/pending"), 200).findValuesAsString("id"))
                .doesNotContain(waiting.get("id").asString());
    }

    @Test
    void theSameEventDeliveredAgainMakesOneMessagePerChannelEvenIfItsHandlingWasNotRecorded() {
        ClassOpened klass = S1.classOpened(HOME_AFFAIRS);
        TraineeRegistered nam = S1.trainee(DEPARTMENT_OF_CONSTRUCTION, "Lê Văn Nam", "vi");
        events.publish(nam);
        events.publish(klass);
        String eventId = UUID.randomUUID().toString();
        Instant time = Instant.now();
        events.publish(S1.enrolled(klass, nam), eventId, time);
        events.publish(S1.enrolled(klass, nam), eventId, time);
        awaitMessage(DEPARTMENT_OF_CONSTRUCTION, nam.traineeId(), "EMAIL", "SENT");
        // as if the service had stopped after making the messages and before recording the event as handled
        mongo.remove(Query.query(where("_id").is("notification-service/" + eventId)), "processed_events");
        events.publish(S1.enrolled(klass, nam), eventId, time);
        events.publish(S1.trainee(DEPARTMENT_OF_CONSTRUCTION, "Đánh dấu", "vi"));

        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() ->
                mailsTo(nam.email()).size() == 1 && smsTo(nam.phone()).size() == 1);
        assertThat(messagesOf(DEPARTMENT_OF_CONSTRUCTION, nam.traineeId())).hasSize(2);
    }

    @Test
    void everyStepOfAClassReachesTheTraineesItConcernsAndMandatoryNoticesSaySo() {
        ClassOpened klass = S1.classOpened(HOME_AFFAIRS);
        String classId = klass.classId();
        TraineeRegistered an = S1.trainee(DEPARTMENT_OF_CONSTRUCTION, "Nguyễn Văn An", "vi");
        TraineeRegistered binh = S1.trainee(DEPARTMENT_OF_CONSTRUCTION, "Hoàng Thị Bình", "vi");
        TraineeRegistered cuong = S1.trainee(DEPARTMENT_OF_CONSTRUCTION, "Lý Văn Cường", "vi");
        TraineeRegistered dung = S1.trainee(DEPARTMENT_OF_CONSTRUCTION, "Đặng Thu Dung", "en");
        for (TraineeRegistered trainee : List.of(an, binh, cuong, dung)) {
            events.publish(trainee);
        }
        events.publish(klass);
        for (TraineeRegistered trainee : List.of(an, binh, cuong, dung)) {
            events.publish(new TraineeNominated(classId, HOME_AFFAIRS, trainee.traineeId(), DEPARTMENT_OF_CONSTRUCTION, true));
        }
        events.publish(S1.enrolled(klass, an));
        events.publish(new TraineeWaitlisted(classId, HOME_AFFAIRS, binh.traineeId(), DEPARTMENT_OF_CONSTRUCTION, 1));
        events.publish(new NominationRejected(classId, HOME_AFFAIRS, cuong.traineeId(), DEPARTMENT_OF_CONSTRUCTION,
                "Không thuộc đối tượng của lớp"));
        events.publish(S1.enrolled(klass, dung));
        events.publish(new EnrolmentWithdrawn(classId, HOME_AFFAIRS, dung.traineeId(), DEPARTMENT_OF_CONSTRUCTION,
                "ENROLLED", "Công tác đột xuất"));
        // her nomination, redelivered late: older than her withdrawal, it must not put her back on the roster
        events.publish(new TraineeNominated(classId, HOME_AFFAIRS, dung.traineeId(), DEPARTMENT_OF_CONSTRUCTION, true),
                UUID.randomUUID().toString(), Instant.now().minus(Duration.ofMinutes(1)));
        events.publish(new TraineePromotedFromWaitlist(classId, HOME_AFFAIRS, binh.traineeId(), DEPARTMENT_OF_CONSTRUCTION));
        events.publish(new ClassRescheduled(classId, HOME_AFFAIRS, LocalDate.of(2022, 8, 15), LocalDate.of(2022, 8, 19),
                "Trụ sở Thành ủy Hà Nội"));
        events.publish(new ClassStatusChanged(classId, HOME_AFFAIRS, "CANCELLED", "Thay đổi kế hoạch của Thành ủy"));

        await().atMost(PATIENCE).until(() -> mailsTo(an.email()).size() == 3 && mailsTo(binh.email()).size() == 4
                && mailsTo(cuong.email()).size() == 1 && mailsTo(dung.email()).size() == 2);
        // the cancellation's messages were all made when it was consumed: none for the withdrawn trainee
        assertThat(messagesOf(DEPARTMENT_OF_CONSTRUCTION, dung.traineeId())).hasSize(4);

        assertThat(mailsTo(an.email())).extracting(ReceivedMail::subject).containsExactly("Xác nhận ghi danh vào Lớp 2",
                "Thay đổi thời gian, địa điểm Lớp 2", "Thông báo hủy Lớp 2");
        assertThat(mailsTo(binh.email())).extracting(ReceivedMail::subject).containsExactly("Danh sách chờ của Lớp 2",
                "Ông/bà đã được ghi danh vào Lớp 2", "Thay đổi thời gian, địa điểm Lớp 2", "Thông báo hủy Lớp 2");
        assertThat(mailsTo(cuong.email())).extracting(ReceivedMail::subject)
                .containsExactly("Kết quả xét duyệt cử đi học Lớp 2");
        assertThat(mailsTo(dung.email())).extracting(ReceivedMail::subject)
                .containsExactly("Enrolment confirmed: Lớp 2", "Withdrawn from Lớp 2");

        assertThat(mailsTo(binh.email()).get(0).text()).contains("ở vị trí thứ 1");
        assertThat(mailsTo(cuong.email()).get(0).text()).contains("Lý do: Không thuộc đối tượng của lớp.");
        assertThat(mailsTo(dung.email()).get(1).text()).contains("Reason: Công tác đột xuất.");
        assertThat(mailsTo(an.email()).get(1).text()).contains("từ Thứ Hai, 15/08/2022 đến Thứ Sáu, 19/08/2022",
                "Trụ sở Thành ủy Hà Nội", "Đây là thông báo bắt buộc");
        assertThat(mailsTo(an.email()).get(2).text()).contains("ĐÃ BỊ HỦY", "Lý do: Thay đổi kế hoạch của Thành ủy.",
                "Đây là thông báo bắt buộc");
        await().atMost(PATIENCE).until(() -> smsTo(an.phone()).size() == 3);
        assertThat(smsTo(an.phone()).get(2).text()).isEqualTo("Lớp 2 (15/08/2022-19/08/2022) đã bị hủy. "
                + "Lý do: Thay đổi kế hoạch của Thành ủy. (Thông báo bắt buộc)");

        JsonNode log = expect(as(HOME_AFFAIRS).get("/api/classes/" + classId + "/deliveries"), 200);
        await().atMost(PATIENCE).until(() -> expect(as(HOME_AFFAIRS).get("/api/classes/" + classId + "/deliveries"), 200)
                .get("counts").get("SENT").asInt() == 20);
        assertThat(log.get("messages").findValuesAsString("traineeId")).containsOnly(an.traineeId(), binh.traineeId(),
                cuong.traineeId(), dung.traineeId());
    }

    @Test
    void aClassCancelledForItsTraineesIsReadOnceForAllTheirMessagesAndTheSendersSettingsAtMostOncePerMessage() {
        String organiser = "hanoi-home-affairs-" + UUID.randomUUID().toString().substring(0, 8);
        ClassOpened klass = S1.classOpened(organiser);
        List<TraineeRegistered> trainees = IntStream.range(0, 30)
                .mapToObj(i -> S1.trainee(DEPARTMENT_OF_CONSTRUCTION, "Cán bộ " + i, "vi")).toList();
        trainees.forEach(events::publish);
        events.publish(klass);
        trainees.forEach(trainee -> events.publish(S1.enrolled(klass, trainee)));
        await().atMost(PATIENCE).until(() -> trainees.stream().allMatch(t -> mailsTo(t.email()).size() == 1
                && smsTo(t.phone()).size() == 1));
        long classReads = STORE.finding("classes", klass.classId());
        long timetableReads = STORE.finding("timetables", klass.classId());
        long settingsReads = STORE.finding("agency_channels", organiser);

        events.publish(new ClassStatusChanged(klass.classId(), organiser, "CANCELLED", "Thay đổi kế hoạch của Thành ủy"));
        await().atMost(PATIENCE).until(() -> trainees.stream().allMatch(t -> mailsTo(t.email()).size() == 2
                && smsTo(t.phone()).size() == 2));

        // 60 messages written from one reading of the class, its timetable and the sender's settings
        assertThat(STORE.finding("classes", klass.classId()) - classReads).isLessThanOrEqualTo(2);
        assertThat(STORE.finding("timetables", klass.classId()) - timetableReads).isLessThanOrEqualTo(2);
        // and each sent after at most one more reading of the settings: its provider and its quiet hours together
        assertThat(STORE.finding("agency_channels", organiser) - settingsReads).isLessThanOrEqualTo(62);
    }
}
