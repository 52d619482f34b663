package org.trainingplatform.scheduling.venue;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.trainingplatform.support.security.Caller;

import java.net.URI;
import java.util.List;

@Tag(name = "Venues", description = "Rooms and halls, shared by every agency: bookings conflict across agencies")
@RestController
@RequestMapping("/api/venues")
class VenueController {

    private final Venues venues;

    VenueController(Venues venues) {
        this.venues = venues;
    }

    @PostMapping
    ResponseEntity<VenueView> register(Caller caller, @Valid @RequestBody Venue.Details details) {
        Venue venue = venues.register(caller.agencyId(), details);
        return ResponseEntity.created(URI.create("/api/venues/" + venue.id())).body(VenueView.of(venue));
    }

    @GetMapping
    List<VenueView> directory() {
        return venues.all().stream().map(VenueView::of).toList();
    }

    @GetMapping("/{venueId}")
    VenueView get(@PathVariable String venueId) {
        return VenueView.of(venues.get(venueId));
    }

    @PutMapping("/{venueId}")
    VenueView describe(Caller caller, @PathVariable String venueId, @Valid @RequestBody Venue.Details details) {
        return VenueView.of(venues.describe(caller.agencyId(), venueId, details));
    }

    record VenueView(String id, String agencyId, String name, String address, int capacity, String country) {
        static VenueView of(Venue v) {
            return new VenueView(v.id(), v.agencyId(), v.name(), v.address(), v.capacity(), v.country());
        }
    }
}
