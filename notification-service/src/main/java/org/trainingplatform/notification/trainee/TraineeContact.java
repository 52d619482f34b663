package org.trainingplatform.notification.trainee;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.trainingplatform.notification.channel.Channel;
import org.trainingplatform.notification.content.Language;

import java.time.Instant;

/**
 * What this service knows of a trainee, kept from the enrolment events: how to reach them, in which
 * language, and the channels they opted out of (set through this service's API by their agency).
 */
@Document("trainee_contacts")
public class TraineeContact {

    @Id
    private String traineeId;
    private String agencyId;
    private String fullName;
    private String email;
    private String phone;
    private Language language;
    /** The time of the event the contact details come from; older events do not overwrite them. */
    private Instant contactTime;
    private boolean emailOptOut;
    private boolean smsOptOut;

    private TraineeContact() {
    }

    public String traineeId() {
        return traineeId;
    }

    public String agencyId() {
        return agencyId;
    }

    public String fullName() {
        return fullName;
    }

    public Language language() {
        return language == null ? Language.vi : language;
    }

    /** The address on a channel, if the trainee has one. */
    public String address(Channel channel) {
        return channel == Channel.EMAIL ? email : phone;
    }

    public boolean optedOutOf(Channel channel) {
        return channel == Channel.EMAIL ? emailOptOut : smsOptOut;
    }

    boolean emailOptOut() {
        return emailOptOut;
    }

    boolean smsOptOut() {
        return smsOptOut;
    }
}
