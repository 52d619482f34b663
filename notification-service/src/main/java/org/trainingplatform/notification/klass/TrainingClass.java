package org.trainingplatform.notification.klass;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import org.trainingplatform.events.enrolment.ClassOpened;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What this service knows of a class, kept from the enrolment events: what messages say about it,
 * and who organises it (and so sends its messages). Its roster is kept apart, one {@link Participant}
 * document per trainee.
 */
@Document("classes")
public class TrainingClass {

    static final String DEFAULT_TIME_ZONE = "Asia/Ho_Chi_Minh";

    @Id
    private String id;
    @Version
    private Long version;
    private String organiserAgencyId;
    private String programmeTitle;
    private String title;
    private LocalDate startDate;
    private LocalDate endDate;
    private String venue;
    private String timeZone;
    private String status;
    /** The time of the last class event applied; an older one changes nothing. */
    private Instant updatedAt;

    private TrainingClass() {
    }

    static TrainingClass unknown(String id) {
        TrainingClass klass = new TrainingClass();
        klass.id = id;
        return klass;
    }

    boolean opened(ClassOpened event, Instant time) {
        if (isNewer(time)) {
            organiserAgencyId = event.agencyId();
            programmeTitle = event.programmeTitle();
            title = event.title();
            startDate = event.startDate();
            endDate = event.endDate();
            venue = event.venue();
            timeZone = event.timeZone();
            status = "OPEN";
            updatedAt = time;
            return true;
        }
        return false;
    }

    boolean rescheduled(LocalDate start, LocalDate end, String newVenue, Instant time) {
        if (isNewer(time)) {
            startDate = start;
            endDate = end;
            venue = newVenue;
            updatedAt = time;
            return true;
        }
        return false;
    }

    boolean statusChanged(String newStatus, Instant time) {
        if (isNewer(time)) {
            status = newStatus;
            updatedAt = time;
            return true;
        }
        return false;
    }

    public boolean isCancelled() {
        return "CANCELLED".equals(status);
    }

    /** Not older than what is known: the same event applied again (a redelivery) counts, so its messages are made. */
    private boolean isNewer(Instant time) {
        return updatedAt == null || !time.isBefore(updatedAt);
    }

    /** Known once ClassOpened was seen: before that there is nothing to tell trainees about. */
    public boolean isKnown() {
        return title != null;
    }

    public String id() {
        return id;
    }

    public String organiserAgencyId() {
        return organiserAgencyId;
    }

    public String programmeTitle() {
        return programmeTitle;
    }

    public String title() {
        return title;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public String venue() {
        return venue;
    }

    public String status() {
        return status;
    }

    /** The class's time zone, in which its trainees read dates and times. */
    public ZoneId zone() {
        try {
            return ZoneId.of(timeZone == null ? DEFAULT_TIME_ZONE : timeZone);
        } catch (DateTimeException e) {
            return ZoneId.of(DEFAULT_TIME_ZONE);
        }
    }

}
