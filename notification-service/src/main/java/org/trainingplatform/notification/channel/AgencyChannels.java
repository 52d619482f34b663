package org.trainingplatform.notification.channel;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalTime;

/**
 * An agency's own channels: its SMTP relay and its SMS gateway, with their credentials sealed, and
 * how its SMS are sent (without diacritics, quiet hours). Whatever it leaves out, the platform's
 * defaults provide. The messages of a class go out through the channels of its organiser.
 */
@Document("agency_channels")
class AgencyChannels {

    @Id
    private String agencyId;
    @Version
    private Long version;
    private SmtpRelay smtp;
    private SmsGateway sms;
    private boolean smsWithoutDiacritics;
    private String quietHoursStart;
    private String quietHoursEnd;
    private Instant updatedAt;

    private AgencyChannels() {
    }

    static AgencyChannels of(String agencyId) {
        AgencyChannels channels = new AgencyChannels();
        channels.agencyId = agencyId;
        return channels;
    }

    void replace(SmtpRelay smtp, SmsGateway sms, boolean smsWithoutDiacritics, QuietHours quietHours, Instant now) {
        this.smtp = smtp;
        this.sms = sms;
        this.smsWithoutDiacritics = smsWithoutDiacritics;
        this.quietHoursStart = quietHours == null ? null : quietHours.start().toString();
        this.quietHoursEnd = quietHours == null ? null : quietHours.end().toString();
        this.updatedAt = now;
    }

    String agencyId() {
        return agencyId;
    }

    SmtpRelay smtp() {
        return smtp;
    }

    SmsGateway sms() {
        return sms;
    }

    boolean smsWithoutDiacritics() {
        return smsWithoutDiacritics;
    }

    /** The agency's own quiet hours, or null for the platform's. */
    QuietHours quietHours() {
        return quietHoursStart == null ? null : new QuietHours(LocalTime.parse(quietHoursStart), LocalTime.parse(quietHoursEnd));
    }

    /** Changes with every save: providers built from an older revision are rebuilt. */
    Long revision() {
        return version;
    }

    @Override
    public String toString() {
        return "AgencyChannels[" + agencyId + ", smtp=" + smtp + ", sms=" + sms + "]";
    }

    /** An agency's SMTP relay; the password is sealed. */
    record SmtpRelay(String host, int port, String username, EncryptedSecret password, String fromAddress,
                     String fromName, boolean startTls) {
    }

    /** An agency's HTTP SMS gateway; the API key is sealed. */
    record SmsGateway(String url, EncryptedSecret apiKey, String senderName) {
    }
}
