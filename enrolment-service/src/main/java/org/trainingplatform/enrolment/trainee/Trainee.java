package org.trainingplatform.enrolment.trainee;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.trainingplatform.enrolment.VietnameseText;
import org.trainingplatform.events.enrolment.TraineeContactChanged;
import org.trainingplatform.events.enrolment.TraineeRegistered;
import org.trainingplatform.support.outbox.OutboxAggregate;
import org.trainingplatform.support.sms.PhoneNumber;
import org.trainingplatform.support.web.InvalidFieldException;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/** An official registered by their agency, with what is needed to find, nominate and reach them. */
@Document("trainees")
@CompoundIndex(name = "agency_identity", def = "{'agencyId': 1, 'identityKey': 1}", unique = true)
@CompoundIndex(name = "agency_name", def = "{'agencyId': 1, 'searchName': 1}")
public class Trainee extends OutboxAggregate {

    @Id
    private String id;
    private String agencyId;
    private String identityKey;
    private String personnelCode;
    private String fullName;
    private String searchName;
    private String position;
    private String unit;
    private String pipelinePosition;
    private String email;
    private String phone;
    private Language preferredLanguage;
    private Instant registeredAt;

    private Trainee() {
    }

    static Trainee register(String agencyId, TraineeDetails details) {
        Trainee trainee = new Trainee();
        trainee.id = UUID.randomUUID().toString();
        trainee.agencyId = agencyId;
        trainee.personnelCode = blankToNull(details.personnelCode());
        trainee.fullName = VietnameseText.canonical(details.fullName());
        trainee.searchName = VietnameseText.fold(details.fullName());
        trainee.position = VietnameseText.canonical(details.position());
        trainee.unit = VietnameseText.canonical(blankToNull(details.unit()));
        trainee.pipelinePosition = VietnameseText.canonical(blankToNull(details.pipelinePosition()));
        trainee.email = email(details.email());
        trainee.phone = PhoneNumber.e164Of("phone", details.phone());
        trainee.preferredLanguage = details.preferredLanguage() == null ? Language.vi : details.preferredLanguage();
        trainee.identityKey = trainee.computeIdentityKey();
        trainee.registeredAt = Instant.now();
        trainee.registerEvent(new TraineeRegistered(trainee.id, agencyId, trainee.fullName, trainee.position,
                trainee.unit, trainee.pipelinePosition, trainee.email, trainee.phone, trainee.preferredLanguage.name()));
        return trainee;
    }

    /** Replaces the contact details; returns false (and records nothing) if nothing changed. */
    boolean changeContact(String newEmail, String newPhone, Language newLanguage) {
        String email = email(newEmail);
        String phone = PhoneNumber.e164Of("phone", newPhone);
        Language language = newLanguage == null ? preferredLanguage : newLanguage;
        if (Objects.equals(email, this.email) && Objects.equals(phone, this.phone) && language == preferredLanguage) {
            return false;
        }
        this.email = email;
        this.phone = phone;
        this.preferredLanguage = language;
        registerEvent(new TraineeContactChanged(id, agencyId, email, phone, language.name()));
        return true;
    }

    private String computeIdentityKey() {
        if (personnelCode != null) {
            return "code:" + personnelCode.toLowerCase(Locale.ROOT);
        }
        if (email != null) {
            return "email:" + email;
        }
        if (phone != null) {
            return "phone:" + phone;
        }
        throw new InvalidFieldException("personnelCode",
                "give a personnel code, an email or a phone number, so that the official can be told apart");
    }

    private static String email(String email) {
        String trimmed = blankToNull(email);
        return trimmed == null ? null : trimmed.toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
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

    public String position() {
        return position;
    }

    public String unit() {
        return unit;
    }

    public String pipelinePosition() {
        return pipelinePosition;
    }

    String identityKey() {
        return identityKey;
    }

    String personnelCode() {
        return personnelCode;
    }

    String email() {
        return email;
    }

    String phone() {
        return phone;
    }

    Language preferredLanguage() {
        return preferredLanguage;
    }

    Instant registeredAt() {
        return registeredAt;
    }
}
