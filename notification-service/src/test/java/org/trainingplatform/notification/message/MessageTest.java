package org.trainingplatform.notification.message;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.trainingplatform.events.notification.MessageFailed;
import org.trainingplatform.events.notification.MessageSent;
import org.trainingplatform.notification.channel.Channel;
import org.trainingplatform.notification.channel.ProviderCall;
import org.trainingplatform.notification.channel.ProviderUnavailableException;
import org.trainingplatform.notification.channel.TemporaryFailureException;
import org.trainingplatform.support.outbox.OutboxMessage;
import org.trainingplatform.support.sms.SmsSegments.Encoding;
import org.trainingplatform.support.testing.DocumentMapping;
import org.trainingplatform.support.web.RuleViolationException;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.trainingplatform.notification.message.MessageStatus.*;

class MessageTest {

    static final Instant T0 = Instant.parse("2022-08-01T02:00:00Z");
    static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    static final DispatchProperties POLICY = new DispatchProperties(Duration.ofSeconds(1), Duration.ofSeconds(60), 4,
            Duration.ofSeconds(5), Duration.ofMinutes(10), 3, Duration.ofHours(24));

    @Test
    void itsIdIsTheCauseTheTraineeAndTheChannelSoAnEventCannotMakeTwo() {
        Message message = due(Channel.EMAIL);
        assertThat(message.id()).isEqualTo("event-1:trainee-1:EMAIL");
        assertThat(message.status()).isEqualTo(WAITING_FOR_CONTACT);
        assertThat(message.lane()).startsWith("hanoi-home-affairs/EMAIL/");
    }

    @Test
    void aRecipientsMessagesShareOneLaneAndRecipientsAreSpreadOverTheSendersLanes() {
        assertThat(Message.laneOf("hanoi-home-affairs", Channel.SMS, "trainee-1"))
                .isEqualTo(Message.laneOf("hanoi-home-affairs", Channel.SMS, "trainee-1"));
        Set<String> lanes = IntStream.range(0, 100)
                .mapToObj(i -> Message.laneOf("hanoi-home-affairs", Channel.SMS, "trainee-" + i)).collect(Collectors.toSet());
        assertThat(lanes).hasSize(Message.LANES_PER_CHANNEL).allMatch(lane -> lane.startsWith("hanoi-home-affairs/SMS/"));
    }

    @Test
    void aDeliveredMessageRecordsItsAttemptsAndMessageSent() {
        Message message = queued(Channel.EMAIL);
        message.claim(T0, Duration.ofSeconds(60));
        assertThat(message.status()).isEqualTo(SENDING);

        message.sent(List.of(new ProviderCall(T0, "503"), new ProviderCall(T0.plusSeconds(1), null)), "email:platform",
                "<id@x>", T0.plusSeconds(1));

        assertThat(message.status()).isEqualTo(SENT);
        assertThat(message.attempts()).extracting(Attempt::outcome)
                .containsExactly(Attempt.Outcome.FAILED, Attempt.Outcome.ACCEPTED);
        assertThat(events(message)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("org.trainingplatform.notification.message-sent.v1");
            assertThat(e.key()).isEqualTo("class-1");
            assertThat(e.data()).contains("\"attempts\":2", "\"kind\":\"ENROLMENT_CONFIRMED\"", "\"causeEventId\":\"event-1\"");
        });
    }

    @Test
    void anUnavailableProviderIsTriedAgainWithADoublingBackOffForUpToADay() {
        Message message = queued(Channel.SMS);
        Instant now = T0;
        for (long expectedSeconds : new long[]{5, 10, 20, 40, 80, 160, 320, 600, 600}) {
            message.claim(now, Duration.ofSeconds(60));
            message.failedForNow(List.of(new ProviderCall(now, "down")), "sms:platform",
                    new ProviderUnavailableException("down"), now, POLICY);
            assertThat(message.status()).isEqualTo(PENDING);
            assertThat(message.nextAttemptAt()).isEqualTo(now.plusSeconds(expectedSeconds));
            now = message.nextAttemptAt();
        }
        Instant nextDay = T0.plus(Duration.ofHours(25));
        message.claim(nextDay, Duration.ofSeconds(60));
        message.failedForNow(List.of(new ProviderCall(nextDay, "down")), "sms:platform",
                new ProviderUnavailableException("down"), nextDay, POLICY);
        assertThat(message.status()).isEqualTo(FAILED);
        assertThat(message.statusReason()).startsWith("Gave up after waiting 24 h for the provider: down");
        assertThat(events(message)).singleElement().satisfies(e -> assertThat(e.data()).contains("\"attempts\":10"));
    }

    @Test
    void aMessageTheProviderKeepsPuttingOffFailsAfterTheMaximumNumberOfAttempts() {
        Message message = queued(Channel.EMAIL);
        Instant now = T0;
        for (int i = 0; i < 3; i++) {
            message.claim(now, Duration.ofSeconds(60));
            message.failedForNow(List.of(new ProviderCall(now, "452 mailbox full")), "email:platform",
                    new TemporaryFailureException("452 mailbox full"), now, POLICY);
            now = message.nextAttemptAt() == null ? now : message.nextAttemptAt();
        }
        assertThat(message.status()).isEqualTo(FAILED);
        assertThat(message.statusReason()).isEqualTo("Gave up after 3 attempts: 452 mailbox full");
        assertThat(events(message)).extracting(OutboxMessage::type)
                .containsExactly("org.trainingplatform.notification.message-failed.v1");
    }

    @Test
    void aPausedProviderKeepsTheMessagesTurnWithoutCountingAnAttempt() {
        Message message = queued(Channel.EMAIL);
        message.claim(T0, Duration.ofSeconds(60));
        message.paused(Duration.ofSeconds(30), "email:platform is failing: its circuit breaker is open", List.of(),
                "email:platform", T0);
        assertThat(message.status()).isEqualTo(PENDING);
        assertThat(message.sequence()).isEqualTo(7);
        assertThat(message.attempts()).isEmpty();
        assertThat(message.isDueAt(T0.plusSeconds(29))).isFalse();
        assertThat(message.isDueAt(T0.plusSeconds(30))).isTrue();
    }

    @Test
    void aProviderPausedBetweenRetriesKeepsTheCallsMadeBeforeAsAttempts() {
        Message message = queued(Channel.EMAIL);
        message.claim(T0, Duration.ofSeconds(60));
        message.paused(Duration.ofSeconds(30), "email:platform is failing: its circuit breaker is open",
                List.of(new ProviderCall(T0, "The mail server localhost:2525 is unavailable: Connection refused")),
                "email:platform", T0);
        assertThat(message.status()).isEqualTo(PENDING);
        assertThat(message.attempts()).extracting(Attempt::detail)
                .containsExactly("The mail server localhost:2525 is unavailable: Connection refused");
        assertThat(message.statusReason()).startsWith("Will try again: ");
    }

    @Test
    void anInterruptedSmsIsSentAgainWithTheSameReferenceAndAnInterruptedEmailIsUnconfirmed() {
        Message sms = queued(Channel.SMS);
        sms.claim(T0, Duration.ofSeconds(60));
        assertThat(sms.leaseExpired(T0.plusSeconds(59))).isFalse();
        assertThat(sms.leaseExpired(T0.plusSeconds(61))).isTrue();
        assertThat(sms.status()).isEqualTo(PENDING);
        assertThat(sms.outgoing().reference()).isEqualTo("event-1:trainee-1:SMS");

        Message email = queued(Channel.EMAIL);
        email.claim(T0, Duration.ofSeconds(60));
        email.leaseExpired(T0.plusSeconds(61));
        assertThat(email.status()).isEqualTo(UNCONFIRMED);
        assertThat(email.attempts()).extracting(Attempt::outcome).containsExactly(Attempt.Outcome.INTERRUPTED);
        assertThat(events(email)).isEmpty();

        email.resend();
        assertThat(email.status()).isEqualTo(WAITING_FOR_CONTACT);
        email.queue("an@hanoi.gov.vn", content(), HANOI, 9, T0, T0);
        assertThat(email.outgoing().reference()).isEqualTo("event-1:trainee-1:EMAIL#1");
    }

    @Test
    void onlyAFailedOrUnconfirmedMessageCanBeReSent() {
        Message message = queued(Channel.EMAIL);
        assertThatThrownBy(message::resend).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("this one is PENDING");
    }

    @Test
    void anSmsDueInQuietHoursIsDeferredAndReleasedWhenTheyEnd() {
        Message message = due(Channel.SMS);
        Instant sevenAm = T0.plus(Duration.ofHours(9));
        message.queue("+84912345678", content(), HANOI, 1, T0, sevenAm);
        assertThat(message.status()).isEqualTo(DEFERRED);
        assertThat(message.release(sevenAm.minusSeconds(1))).isFalse();
        assertThat(message.release(sevenAm)).isTrue();
        assertThat(message.status()).isEqualTo(PENDING);
    }

    @Test
    void aMessageRefusedBeforeAnyProviderCallFailsWithOneRefusedAttempt() {
        Message message = due(Channel.SMS);
        message.refuse("'0912' is not a mobile number", T0);
        assertThat(message.status()).isEqualTo(FAILED);
        assertThat(message.attempts()).extracting(Attempt::outcome).containsExactly(Attempt.Outcome.REFUSED);
        assertThat(events(message)).singleElement()
                .satisfies(e -> assertThat(e.data()).contains("\"attempts\":1", "\"reason\":\"'0912' is not a mobile number\""));
    }

    @Test
    void aMessageToALecturerHasItsOwnIdWaitsForTheLecturerAndPublishesItsOwnEvents() {
        Message message = Message.dueToLecturer("event-1", MessageKind.SESSION_CHANGED, Channel.SMS, "class-1",
                "lecturer-1", "hanoi-home-affairs", Map.of(), T0);
        assertThat(message.id()).isEqualTo("event-1:lecturer:lecturer-1:SMS");
        assertThat(message.statusReason()).isEqualTo("Waiting for the lecturer's contact details");
        assertThat(message.traineeId()).isNull();

        message.queue("+84912345678", content(), HANOI, 1, T0, T0);
        message.claim(T0, Duration.ofSeconds(60));
        message.sent(List.of(new ProviderCall(T0, null)), "sms:platform", "m-1", T0);

        assertThat(message.status()).isEqualTo(SENT);
        assertThat(events(message)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("org.trainingplatform.notification.lecturer-message-sent.v1");
            assertThat(e.key()).isEqualTo("class-1");
            assertThat(e.data()).contains("\"lecturerId\":\"lecturer-1\"", "\"kind\":\"SESSION_CHANGED\"",
                    "\"channel\":\"SMS\"", "\"attempts\":1").doesNotContain("traineeId");
        });
    }

    @Test
    void aMessageToALecturerThatFailsForGoodPublishesWhy() {
        Message message = Message.dueToLecturer("event-1", MessageKind.SESSION_CHANGED, Channel.EMAIL, "class-1",
                "lecturer-1", "hanoi-home-affairs", Map.of(), T0);
        message.queue("lecturer@moc.gov.vn", content(), HANOI, 1, T0, T0);
        message.claim(T0, Duration.ofSeconds(60));

        message.rejected(List.of(new ProviderCall(T0, "550 no such user")), "email:platform", "550 no such user");

        assertThat(message.status()).isEqualTo(FAILED);
        assertThat(events(message)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("org.trainingplatform.notification.lecturer-message-failed.v1");
            assertThat(e.data()).contains("\"lecturerId\":\"lecturer-1\"", "\"reason\":\"550 no such user\"");
        });
    }

    @Test
    void aMessageKeepsItsAttemptsAndTheirCountsAtTheTopLevelOfItsDocument() {
        Message message = queued(Channel.EMAIL);
        message.claim(T0, Duration.ofSeconds(60));
        message.failedForNow(List.of(new ProviderCall(T0, "452 mailbox full")), "email:platform",
                new TemporaryFailureException("452 mailbox full"), T0, POLICY);
        MappingMongoConverter converter = DocumentMapping.generic();
        Document stored = new Document();
        converter.write(message, stored);

        assertThat(stored).containsEntry("failedTries", 1).containsEntry("temporaryFailures", 1);
        assertThat(stored.getList("attempts", Document.class)).singleElement()
                .satisfies(attempt -> assertThat(attempt.getString("detail")).isEqualTo("452 mailbox full"));
        Message read = converter.read(Message.class, Document.parse(stored.toJson()));
        Instant retry = read.nextAttemptAt();
        read.claim(retry, Duration.ofSeconds(60));
        read.failedForNow(List.of(new ProviderCall(retry, "452 mailbox full")), "email:platform",
                new TemporaryFailureException("452 mailbox full"), retry, POLICY);
        assertThat(read.attempts()).hasSize(2);
        assertThat(Duration.between(retry, read.nextAttemptAt())).isEqualTo(POLICY.initialBackoff().multipliedBy(2));
    }

    static Message due(Channel channel) {
        return Message.due("event-1", MessageKind.ENROLMENT_CONFIRMED, channel, "class-1", "trainee-1",
                "hanoi-home-affairs", "hanoi-construction", Map.of(), T0);
    }

    static Message queued(Channel channel) {
        Message message = due(channel);
        message.queue("recipient", content(), HANOI, 7, T0, T0);
        return message;
    }

    static Content content() {
        return new Content("Xác nhận", "<p>x</p>", "x", Encoding.GSM_7, 1);
    }

    static List<OutboxMessage> events(Message message) {
        return message.pendingEvents();
    }
}
