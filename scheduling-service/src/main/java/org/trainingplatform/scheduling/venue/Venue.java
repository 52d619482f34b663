package org.trainingplatform.scheduling.venue;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.UUID;

/**
 * A room or hall where sessions take place, registered by one agency and bookable by every agency
 * (venues are shared, so are their bookings and conflicts). A host agency abroad registers its own.
 */
@Document("venues")
public class Venue {

    @Id
    private String id;
    private String agencyId;
    private String name;
    private String address;
    private int capacity;
    private String country;
    @Version
    private Long version;

    private Venue() {
    }

    static Venue register(String agencyId, Details details) {
        Venue venue = new Venue();
        venue.id = UUID.randomUUID().toString();
        venue.agencyId = agencyId;
        venue.describe(details);
        return venue;
    }

    void describe(Details details) {
        this.name = details.name().trim();
        this.address = details.address();
        this.capacity = details.capacity();
        this.country = details.country() == null ? "VN" : details.country();
    }

    /** @param country ISO 3166-1 alpha-2; VN when not given */
    record Details(@NotBlank @Size(max = 200) String name, @Size(max = 300) String address,
                   @NotNull @Min(1) @Max(5000) Integer capacity, @Pattern(regexp = "[A-Z]{2}") String country) {
    }

    public String id() {
        return id;
    }

    public String agencyId() {
        return agencyId;
    }

    public String name() {
        return name;
    }

    public int capacity() {
        return capacity;
    }

    String address() {
        return address;
    }

    String country() {
        return country;
    }
}
