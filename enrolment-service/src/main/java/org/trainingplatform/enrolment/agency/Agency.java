package org.trainingplatform.enrolment.agency;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.trainingplatform.events.enrolment.AgencyProfileChanged;
import org.trainingplatform.support.outbox.OutboxAggregate;

import java.time.Instant;

/**
 * An agency's public profile in the platform's directory: its names, kind and country. A change of the
 * profile is published ({@link AgencyProfileChanged}), so that other services can print its name.
 */
@Document("agencies")
class Agency extends OutboxAggregate {

    @Id
    private String id;
    private String name;
    private String englishName;
    private AgencyKind kind;
    private String country;
    private Instant updatedAt;
    /** Whether its profile was ever published; false for an agency described before profiles were. */
    private boolean announced;

    private Agency() {
    }

    static Agency describe(String id, AgencyProfile profile) {
        Agency agency = new Agency();
        agency.id = id;
        agency.update(profile);
        return agency;
    }

    void update(AgencyProfile profile) {
        AgencyProfile before = profile();
        this.name = profile.name().trim();
        this.englishName = profile.englishName() == null ? null : profile.englishName().trim();
        this.kind = profile.kind();
        this.country = profile.country() == null ? "VN" : profile.country();
        this.updatedAt = Instant.now();
        if (!profile().equals(before)) {
            announce();
        }
    }

    /** Publishes the profile as it is. */
    void announce() {
        registerEvent(new AgencyProfileChanged(id, name, englishName, kind.name(), country));
        announced = true;
    }

    AgencyProfile profile() {
        return new AgencyProfile(name, englishName, kind, country);
    }

    String id() {
        return id;
    }
}
