package org.trainingplatform.notification;

import org.springframework.stereotype.Service;
import org.trainingplatform.events.assessment.CertificateRevoked;
import org.trainingplatform.events.assessment.CourseCompleted;
import org.trainingplatform.events.assessment.CourseNotCompleted;
import org.trainingplatform.events.assessment.MeritAwarded;
import org.trainingplatform.notification.message.Notifications;
import org.trainingplatform.support.inbox.EventMetadata;

import static org.trainingplatform.notification.message.MessageKind.*;

/** What the assessment stream means here: each trainee is told their result, certificate, merit award or revocation. */
@Service
class AssessmentNotices {

    private final Notifications notifications;

    AssessmentNotices(Notifications notifications) {
        this.notifications = notifications;
    }

    void completed(CourseCompleted event, EventMetadata cause) {
        notifications.toTrainee(cause.id(), RESULT_COMPLETED, event.classId(), event.agencyId(), event.traineeId(),
                event.nominatingAgencyId(), Details.of("classification", event.classification(),
                        "finalScore", event.finalScore(), "attendanceRate", event.attendanceRate(),
                        "certificateNumber", event.certificateNumber(), "verificationUrl", event.verificationUrl()));
    }

    void notCompleted(CourseNotCompleted event, EventMetadata cause) {
        notifications.toTrainee(cause.id(), RESULT_NOT_COMPLETED, event.classId(), event.agencyId(), event.traineeId(),
                event.nominatingAgencyId(), Details.of("reasons", String.join("\n", event.reasons()),
                        "finalScore", event.finalScore(), "attendanceRate", event.attendanceRate()));
    }

    void meritAwarded(MeritAwarded event, EventMetadata cause) {
        notifications.toTrainee(cause.id(), MERIT_AWARDED, event.classId(), event.agencyId(), event.traineeId(),
                event.nominatingAgencyId(), Details.of("rank", event.rank(), "finalScore", event.finalScore()));
    }

    void certificateRevoked(CertificateRevoked event, EventMetadata cause) {
        notifications.toTrainee(cause.id(), CERTIFICATE_REVOKED, event.classId(), event.agencyId(), event.traineeId(),
                null, Details.of("certificateNumber", event.certificateNumber(), "reason", event.reason()));
    }
}
