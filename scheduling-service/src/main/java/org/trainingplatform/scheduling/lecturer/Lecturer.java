package org.trainingplatform.scheduling.lecturer;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.trainingplatform.events.scheduling.LecturerRegistered;
import org.trainingplatform.events.scheduling.LecturerUpdated;
import org.trainingplatform.support.outbox.OutboxAggregate;
import org.trainingplatform.support.sms.PhoneNumber;

import java.util.UUID;

/**
 * A lecturer or speaker (giảng viên, báo cáo viên): an expert from a ministry, an association or
 * abroad who may teach for several agencies, so their bookings conflict across agencies. Their
 * details are published, so that they can be told when a session of theirs changes.
 */
@Document("lecturers")
public class Lecturer extends OutboxAggregate {

    @Id
    private String id;
    private String agencyId;
    private String fullName;
    private String honorific;
    private String organisation;
    private String email;
    private String phone;

    private Lecturer() {
    }

    static Lecturer register(String agencyId, Details details) {
        Lecturer lecturer = new Lecturer();
        lecturer.id = UUID.randomUUID().toString();
        lecturer.agencyId = agencyId;
        lecturer.apply(details);
        lecturer.registerEvent(new LecturerRegistered(lecturer.id, agencyId, lecturer.fullName, lecturer.honorific,
                lecturer.email, lecturer.phone));
        return lecturer;
    }

    void describe(Details details) {
        apply(details);
        registerEvent(new LecturerUpdated(id, agencyId, fullName, honorific, email, phone));
    }

    private void apply(Details details) {
        this.fullName = details.fullName().trim();
        this.honorific = details.honorific();
        this.organisation = details.organisation();
        this.email = details.email();
        this.phone = PhoneNumber.e164Of("phone", details.phone()); // as written (0912 345 678), kept as SMS gateways take it
    }

    /** @param honorific academic or official title, e.g. "PGS.TS." */
    record Details(@NotBlank @Size(max = 120) String fullName, @Size(max = 40) String honorific,
                   @Size(max = 200) String organisation, @Email @Size(max = 200) String email,
                   @Size(max = 30) String phone) {
    }

    public String id() {
        return id;
    }

    public String agencyId() {
        return agencyId;
    }

    public String fullName() {
        return fullName;
    }

    String honorific() {
        return honorific;
    }

    String organisation() {
        return organisation;
    }

    String email() {
        return email;
    }

    String phone() {
        return phone;
    }
}
