package org.trainingplatform.scheduling.calendar;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The bookings of every shared resource, one document per resource ({@code venue:<id>},
 * {@code lecturer:<id>}), across all agencies. A booking is taken with one conditional update that
 * succeeds only if no other session overlaps, so two agencies booking the same lecturer at the same
 * moment cannot both win, without any transaction.
 */
@Service
public class ResourceCalendars {

    static final String COLLECTION = "resource_calendars";

    private final MongoTemplate mongo;

    ResourceCalendars(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public static String venue(String venueId) {
        return "venue:" + venueId;
    }

    public static String lecturer(String lecturerId) {
        return "lecturer:" + lecturerId;
    }

    /**
     * Books the resource unless another session overlaps (other bookings of the same session do not
     * count); with {@code override} it books regardless. Returns the booking that stood in the way.
     */
    public Optional<Booking> book(String resource, Booking booking, boolean override) {
        mongo.upsert(byId(resource), new Update().setOnInsert("bookings", List.of()), COLLECTION);
        Query free = byId(resource);
        if (!override) {
            free.addCriteria(where("bookings").not().elemMatch(overlapping(booking.sessionId(), booking.start(), booking.end())));
        }
        if (mongo.updateFirst(free, new Update().push("bookings", booking), COLLECTION).getModifiedCount() == 1) {
            return Optional.empty();
        }
        return bookings(resource).stream()
                .filter(b -> !b.sessionId().equals(booking.sessionId()) && b.overlaps(booking.start(), booking.end()))
                .findFirst()
                .or(() -> Optional.of(booking));
    }

    /** Drops the session's bookings of the resource, except the one to keep (null keeps none). */
    public void release(String resource, String sessionId, String keepBookingId) {
        Document which = new Document("sessionId", sessionId);
        if (keepBookingId != null) {
            which.append("bookingId", new Document("$ne", keepBookingId));
        }
        mongo.updateFirst(byId(resource), new Update().pull("bookings", which), COLLECTION);
    }

    /** Drops one booking, whatever session it belongs to (the sweep of abandoned bookings). */
    public void releaseBooking(String resource, String bookingId) {
        mongo.updateFirst(byId(resource), new Update().pull("bookings", new Document("bookingId", bookingId)), COLLECTION);
    }

    public List<Booking> bookings(String resource) {
        ResourceCalendar calendar = mongo.findById(resource, ResourceCalendar.class, COLLECTION);
        return calendar == null || calendar.bookings() == null ? List.of() : calendar.bookings();
    }

    /** Every calendar with a booking older than the given time, for the sweep of abandoned bookings. */
    public List<ResourceCalendar> withBookingsBefore(Instant before) {
        return mongo.find(Query.query(where("bookings.bookedAt").lt(before)), ResourceCalendar.class, COLLECTION);
    }

    private static Criteria overlapping(String sessionId, Instant start, Instant end) {
        return where("sessionId").ne(sessionId).and("start").lt(end).and("end").gt(start);
    }

    private static Query byId(String resource) {
        return Query.query(where("_id").is(resource));
    }

    public record ResourceCalendar(String id, List<Booking> bookings) {
    }
}
