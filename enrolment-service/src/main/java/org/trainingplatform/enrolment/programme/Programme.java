package org.trainingplatform.enrolment.programme;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.trainingplatform.enrolment.VietnameseText;

import java.time.Instant;
import java.util.UUID;

/** A named curriculum an agency runs as one or more classes. */
@Document("programmes")
public class Programme {

    @Id
    private String id;
    @Indexed
    private String agencyId;
    private String title;
    private String description;
    private Instant createdAt;

    private Programme() {
    }

    static Programme create(String agencyId, String title, String description) {
        Programme programme = new Programme();
        programme.id = UUID.randomUUID().toString();
        programme.agencyId = agencyId;
        programme.title = VietnameseText.canonical(title);
        programme.description = description;
        programme.createdAt = Instant.now();
        return programme;
    }

    public String id() {
        return id;
    }

    public String agencyId() {
        return agencyId;
    }

    public String title() {
        return title;
    }

    String description() {
        return description;
    }
}
