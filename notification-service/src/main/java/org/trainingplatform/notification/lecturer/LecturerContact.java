package org.trainingplatform.notification.lecturer;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * What this service knows of a lecturer, kept from the scheduling events: their name and title, and how
 * to reach them about their sessions. Lecturers have no preferences: messages about their sessions
 * always go to them.
 */
@Document("lecturer_contacts")
public class LecturerContact {

    @Id
    private String lecturerId;
    private String agencyId;
    private String fullName;
    private String honorific;
    private String email;
    private String phone;
    /** The time of the event the details come from; older events do not overwrite them. */
    private Instant contactTime;

    private LecturerContact() {
    }

    public String lecturerId() {
        return lecturerId;
    }

    public String fullName() {
        return fullName;
    }

    /** Academic or official title, e.g. PGS.TS.; null if none. */
    public String honorific() {
        return honorific;
    }

    /** The name as others read it: "PGS.TS. Nguyễn Văn An". */
    public String displayName() {
        return honorific == null || honorific.isBlank() ? fullName : honorific.strip() + " " + fullName;
    }

    public String email() {
        return email;
    }

    /** In E.164 when it could be read as a Vietnamese or international number, else as written. */
    public String phone() {
        return phone;
    }
}
