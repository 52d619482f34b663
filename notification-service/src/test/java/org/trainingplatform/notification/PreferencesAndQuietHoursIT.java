package org.trainingplatform.notification;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.trainingplatform.events.enrolment.ClassOpened;
import org.trainingplatform.events.enrolment.ClassStatusChanged;
import org.trainingplatform.events.enrolment.TraineeRegistered;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.trainingplatform.notification.S1.DEPARTMENT_OF_CONSTRUCTION;
import static org.trainingplatform.notification.S1.HOME_AFFAIRS;
import static org.trainingplatform.notification.TestChannels.mailsTo;
import static org.trainingplatform.notification.TestChannels.smsTo;

/**
 * A trainee who opted out of a channel gets only the mandatory messages on it, which say so; an SMS
 * due in quiet hours (21:00–07:00 in the trainee's zone unless the agency chose others) waits until
 * they end.
 */
class PreferencesAndQuietHoursIT extends NotificationIntegrationTest {

    @Autowired
    MongoTemplate mongo;

    @Test
    void aTraineeWhoOptedOutOfEmailGetsOnlyMandatoryEmailsWhichSaySo() {
        ClassOpened klass = S1.classOpened(HOME_AFFAIRS);
        TraineeRegistered trang = S1.trainee(DEPARTMENT_OF_CONSTRUCTION, "Phạm Thu Trang", "vi");
        events.publish(klass);
        events.publish(trang);
        String preferences = "/api/trainees/" + trang.traineeId() + "/preferences";
        await().atMost(PATIENCE).until(() -> as(DEPARTMENT_OF_CONSTRUCTION).get(preferences).statusCode() == 200);
        JsonNode changed = expect(as(DEPARTMENT_OF_CONSTRUCTION).put(preferences,
                "{\"emailOptOut\":true,\"smsOptOut\":false}"), 200);
        assertThat(changed.get("emailOptOut").asBoolean()).isTrue();

        events.publish(S1.enrolled(klass, trang));
        JsonNode skipped = awaitMessage(DEPARTMENT_OF_CONSTRUCTION, trang.traineeId(), "EMAIL", "SKIPPED");
        assertThat(skipped.get("statusReason").asString()).isEqualTo("The trainee opted out of EMAIL messages");
        await().atMost(PATIENCE).until(() -> smsTo(trang.phone()).size() == 1);

        events.publish(new ClassStatusChanged(klass.classId(), HOME_AFFAIRS, "CANCELLED", "Thay đổi kế hoạch"));
        await().atMost(PATIENCE).until(() -> mailsTo(trang.email()).size() == 1);
        assertThat(mailsTo(trang.email()).get(0).subject()).isEqualTo("Thông báo hủy Lớp 2");
        assertThat(mailsTo(trang.email()).get(0).text()).contains("Đây là thông báo bắt buộc",
                "kể cả người đã từ chối nhận thông báo qua email");
        await().atMost(PATIENCE).until(() -> smsTo(trang.phone()).size() == 2);
    }

    @Test
    void anSmsDueInQuietHoursWaitsUntilTheyEndWhileTheEmailGoesAtOnce() {
        String ownHours = "late-agency-" + UUID.randomUUID();
        expect(as(ownHours).put("/api/channels", "{\"quietHours\":{\"start\":\"23:00\",\"end\":\"05:00\"}}"), 200);
        ClassOpened klass = S1.classOpened(HOME_AFFAIRS);
        ClassOpened lateClass = S1.classOpened(ownHours);
        TraineeRegistered quang = S1.trainee(DEPARTMENT_OF_CONSTRUCTION, "Hồ Văn Quang", "vi");
        TraineeRegistered linh = S1.trainee(DEPARTMENT_OF_CONSTRUCTION, "Kiều Mỹ Linh", "vi");
        events.publish(klass);
        events.publish(lateClass);
        events.publish(quang);
        events.publish(linh);
        await().atMost(PATIENCE).until(() -> as(DEPARTMENT_OF_CONSTRUCTION)
                .get("/api/trainees/" + linh.traineeId() + "/preferences").statusCode() == 200);
        await().atMost(PATIENCE).until(() -> mongo.count(Query.query(where("status").is("SENDING")),
                "messages") == 0);

        Instant tenPm = TestClock.moveTo(LocalTime.of(22, 0));
        events.publish(S1.enrolled(klass, quang));
        events.publish(S1.enrolled(lateClass, linh));

        JsonNode deferred = awaitMessage(DEPARTMENT_OF_CONSTRUCTION, quang.traineeId(), "SMS", "DEFERRED");
        Instant sevenAm = Instant.parse(deferred.get("nextAttemptAt").asString());
        assertThat(sevenAm.atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalTime()).isEqualTo(LocalTime.of(7, 0));
        assertThat(sevenAm).isAfter(tenPm).isBefore(tenPm.plusSeconds(10 * 3600));
        assertThat(deferred.get("statusReason").asString()).isEqualTo("Held back by quiet hours");
        assertThat(expect(as(HOME_AFFAIRS).get("/api/messages/pending"), 200).findValuesAsString("id"))
                .contains(deferred.get("id").asString());
        awaitMessage(DEPARTMENT_OF_CONSTRUCTION, quang.traineeId(), "EMAIL", "SENT");
        await().atMost(PATIENCE).until(() -> smsTo(linh.phone()).size() == 1);
        assertThat(smsTo(quang.phone())).isEmpty();

        TestClock.moveTo(LocalTime.of(7, 0, 1));

        await().atMost(PATIENCE).until(() -> smsTo(quang.phone()).size() == 1);
        awaitMessage(DEPARTMENT_OF_CONSTRUCTION, quang.traineeId(), "SMS", "SENT");
    }
}
