package org.trainingplatform.enrolment.agency;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/** An agency's public profile in the platform's directory: its names, kind and country. */
@Document("agencies")
class Agency {

    @Id
    private String id;
    private String name;
    private String englishName;
    private AgencyKind kind;
    private String country;
    private Instant updatedAt;

    private Agency() {
    }

    static Agency describe(String id, AgencyProfile profile) {
        Agency agency = new Agency();
        agency.id = id;
        agency.update(profile);
        return agency;
    }

    void update(AgencyProfile profile) {
        this.name = profile.name().trim();
        this.englishName = profile.englishName() == null ? null : profile.englishName().trim();
        this.kind = profile.kind();
        this.country = profile.country() == null ? "VN" : profile.country();
        this.updatedAt = Instant.now();
    }

    AgencyProfile profile() {
        return new AgencyProfile(name, englishName, kind, country);
    }

    String id() {
        return id;
    }
}
