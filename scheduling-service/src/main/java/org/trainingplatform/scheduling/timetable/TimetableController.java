package org.trainingplatform.scheduling.timetable;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.trainingplatform.support.security.Caller;
import org.trainingplatform.support.web.NotFoundException;

import java.net.URI;
import java.util.List;

@Tag(name = "Timetables", description = "Sessions of a class, conflicts across agencies, timetables and calendar feeds")
@RestController
@Validated
class TimetableController {

    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final Timetables timetables;
    private final TimetableQueries queries;
    private final CalendarExport export;
    private final FeedTokens feeds;
    private final String publicBaseUrl;

    TimetableController(Timetables timetables, TimetableQueries queries, CalendarExport export, FeedTokens feeds,
                        @Value("${platform.scheduling.public-base-url}") String publicBaseUrl) {
        this.timetables = timetables;
        this.queries = queries;
        this.export = export;
        this.feeds = feeds;
        this.publicBaseUrl = publicBaseUrl;
    }

    @Operation(summary = "Schedule a session",
            description = "Refused with the conflicting session named when a lecturer or the venue is taken (by any agency), "
                    + "the venue is smaller than the class's roster, or another session of the class overlaps. The "
                    + "organising agency may schedule anyway by giving overrideReason, which is recorded.")
    @PostMapping("/api/classes/{classId}/sessions")
    ResponseEntity<SessionView> schedule(Caller caller, @PathVariable String classId, @Valid @RequestBody SessionRequest request,
                                         @Parameter(description = "schedule despite conflicts, for this reason")
                                         @RequestParam(required = false) @Size(max = 500) String overrideReason) {
        Session session = timetables.schedule(caller.agencyId(), classId, List.of(request), overrideReason).get(0);
        return ResponseEntity.created(URI.create("/api/classes/" + classId + "/timetable"))
                .body(view(classId, session, caller));
    }

    @Operation(summary = "Schedule many sessions from a day-by-day plan: all of them, or none if any conflicts")
    @PostMapping("/api/classes/{classId}/timetable/plan")
    ResponseEntity<List<SessionView>> plan(Caller caller, @PathVariable String classId, @Valid @RequestBody DayPlan plan,
                                           @RequestParam(required = false) @Size(max = 500) String overrideReason) {
        List<Session> sessions = timetables.schedule(caller.agencyId(), classId, plan.sessions(), overrideReason);
        return ResponseEntity.created(URI.create("/api/classes/" + classId + "/timetable"))
                .body(sessions.stream().map(s -> view(classId, s, caller)).toList());
    }

    @Operation(summary = "Move a session, or change its venue or lecturers (its UID stays, its sequence grows)")
    @PutMapping("/api/classes/{classId}/sessions/{sessionId}")
    SessionView reschedule(Caller caller, @PathVariable String classId, @PathVariable String sessionId,
                           @Valid @RequestBody SessionRequest request,
                           @RequestParam(required = false) @Size(max = 500) String overrideReason) {
        return view(classId, timetables.reschedule(caller.agencyId(), classId, sessionId, request, overrideReason), caller);
    }

    @PostMapping("/api/classes/{classId}/sessions/{sessionId}/cancel")
    SessionView cancel(Caller caller, @PathVariable String classId, @PathVariable String sessionId,
                       @Valid @RequestBody Reason reason) {
        return view(classId, timetables.cancel(caller.agencyId(), classId, sessionId, reason.reason()), caller);
    }

    @GetMapping("/api/classes/{classId}/timetable")
    List<SessionView> classTimetable(Caller caller, @PathVariable String classId) {
        return queries.ofClass(caller.agencyId(), classId).stream().map(SessionView::of).toList();
    }

    @GetMapping(value = "/api/classes/{classId}/timetable.ics", produces = "text/calendar")
    ResponseEntity<String> classCalendar(Caller caller, @PathVariable String classId) {
        return calendar(queries.ofClass(caller.agencyId(), classId));
    }

    @Operation(summary = "The link a calendar app subscribes to (no token needed: the link is the permission)")
    @GetMapping("/api/classes/{classId}/timetable/feed")
    FeedLink classFeed(Caller caller, @PathVariable String classId) {
        queries.ofClass(caller.agencyId(), classId);
        return link(new FeedTokens.Feed(FeedTokens.Feed.Kind.CLASS, classId));
    }

    @Operation(summary = "A trainee's sessions across their classes (for the agency that nominated them, or the organisers)")
    @GetMapping("/api/trainees/{traineeId}/timetable")
    List<SessionView> traineeTimetable(Caller caller, @PathVariable String traineeId) {
        return queries.ofTrainee(caller.agencyId(), traineeId).stream().map(SessionView::of).toList();
    }

    @GetMapping("/api/trainees/{traineeId}/timetable/feed")
    FeedLink traineeFeed(Caller caller, @PathVariable String traineeId) {
        queries.ofTrainee(caller.agencyId(), traineeId);
        return link(new FeedTokens.Feed(FeedTokens.Feed.Kind.TRAINEE, traineeId));
    }

    @Operation(summary = "Where a lecturer teaches, across all agencies (other agencies' classes show only as busy)")
    @GetMapping("/api/lecturers/{lecturerId}/timetable")
    List<SessionView> lecturerTimetable(Caller caller, @PathVariable String lecturerId) {
        return queries.ofLecturer(caller.agencyId(), lecturerId).stream().map(SessionView::of).toList();
    }

    @GetMapping("/api/lecturers/{lecturerId}/timetable/feed")
    FeedLink lecturerFeed(Caller caller, @PathVariable String lecturerId) {
        queries.ofLecturer(caller.agencyId(), lecturerId);
        return link(new FeedTokens.Feed(FeedTokens.Feed.Kind.LECTURER, lecturerId));
    }

    @Operation(summary = "A subscribed calendar feed (public: the signed link is the permission)")
    @GetMapping(value = "/calendar/{file}", produces = "text/calendar")
    ResponseEntity<String> feed(@PathVariable String file) {
        if (!file.endsWith(".ics")) {
            throw new NotFoundException("Calendar feed", file);
        }
        return calendar(queries.ofFeed(feeds.verify(file.substring(0, file.length() - 4))));
    }

    private ResponseEntity<String> calendar(List<TimetableEntry> entries) {
        return ResponseEntity.ok().contentType(CALENDAR).body(export.ics(entries));
    }

    private FeedLink link(FeedTokens.Feed feed) {
        return new FeedLink(publicBaseUrl + "/calendar/" + feeds.issue(feed) + ".ics");
    }

    private SessionView view(String classId, Session session, Caller caller) {
        return queries.ofClass(caller.agencyId(), classId).stream().filter(e -> e.session().id().equals(session.id()))
                .findFirst().map(SessionView::of).orElseThrow();
    }

    record Reason(@NotBlank @Size(max = 1000) String reason) {
    }

    record FeedLink(String url) {
    }
}
