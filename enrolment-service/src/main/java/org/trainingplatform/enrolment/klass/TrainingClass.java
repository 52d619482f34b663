package org.trainingplatform.enrolment.klass;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Unwrapped;
import org.trainingplatform.events.enrolment.ClassOpened;
import org.trainingplatform.events.enrolment.ClassRescheduled;
import org.trainingplatform.events.enrolment.ClassStatusChanged;
import org.trainingplatform.events.enrolment.EnrolmentWithdrawn;
import org.trainingplatform.events.enrolment.NominationRejected;
import org.trainingplatform.events.enrolment.TraineeEnrolled;
import org.trainingplatform.events.enrolment.TraineeNominated;
import org.trainingplatform.events.enrolment.TraineePromotedFromWaitlist;
import org.trainingplatform.events.enrolment.TraineeWaitlisted;
import org.trainingplatform.support.outbox.OutboxAggregate;
import org.trainingplatform.support.web.NotFoundException;
import org.trainingplatform.support.web.RuleViolationException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.trainingplatform.enrolment.klass.ClassStatus.*;
import static org.trainingplatform.enrolment.klass.NominationStatus.*;

/**
 * A class (lớp bồi dưỡng) with its roster. The roster lives in the class's own document, so that
 * capacity, quotas, the waitlist's order and the events of every nomination change are decided and
 * written together, in one atomic write, whatever else happens at the same time.
 */
@Document("classes")
public class TrainingClass extends OutboxAggregate {

    @Id
    private String id;
    private String programmeId;
    private String programmeTitle;
    private String title;
    private String organiserAgencyId;
    private List<String> coOrganiserAgencyIds;
    private List<String> nominatingAgencyIds;
    @Indexed
    private Set<String> visibleTo;
    private List<String> targetPositions;
    private int capacity;
    private Map<String, Integer> seatQuotas;
    private LocalDate startDate;
    private LocalDate endDate;
    private String venue;
    private String timeZone;
    private boolean autoApprove;
    private ClassStatus status;
    private String cancellationReason;
    @Unwrapped.Empty
    private Nominations nominations = new Nominations();

    private TrainingClass() {
    }

    static TrainingClass draft(String organiserAgencyId, String programmeId, String programmeTitle, ClassPlan plan) {
        TrainingClass klass = new TrainingClass();
        klass.id = UUID.randomUUID().toString();
        klass.organiserAgencyId = organiserAgencyId;
        klass.programmeId = programmeId;
        klass.programmeTitle = programmeTitle;
        klass.status = DRAFT;
        klass.plan(plan);
        return klass;
    }

    /** Replaces the plan of a class that is still a draft. */
    void revise(ClassPlan plan) {
        requireStatus("revise", DRAFT);
        plan(plan);
    }

    private void plan(ClassPlan requested) {
        ClassPlan plan = requested.canonicalFor(organiserAgencyId);
        title = plan.title();
        coOrganiserAgencyIds = plan.coOrganiserAgencyIds();
        nominatingAgencyIds = plan.nominatingAgencyIds();
        targetPositions = plan.targetPositions();
        capacity = plan.capacity();
        seatQuotas = plan.seatQuotas();
        startDate = plan.startDate();
        endDate = plan.endDate();
        venue = plan.venue();
        timeZone = plan.timeZone();
        autoApprove = plan.autoApprove();
        visibleTo = plan.agenciesWith(organiserAgencyId);
    }

    // --- lifecycle -------------------------------------------------------------------------------

    void open() {
        requireStatus("open", DRAFT);
        status = OPEN;
        registerEvent(new ClassOpened(id, organiserAgencyId, programmeId, programmeTitle, title,
                coOrganiserAgencyIds, nominatingAgencyIds, targetPositions, capacity, startDate, endDate, venue,
                timeZone));
    }

    void closeEnrolment() {
        moveTo(ENROLMENT_CLOSED, "close enrolment of", OPEN);
    }

    void start() {
        moveTo(IN_PROGRESS, "start", ENROLMENT_CLOSED);
    }

    void close() {
        moveTo(CLOSED, "close", IN_PROGRESS);
    }

    void cancel(String reason) {
        boolean wasOpened = status != DRAFT;
        requireStatus("cancel", DRAFT, OPEN, ENROLMENT_CLOSED, IN_PROGRESS);
        status = CANCELLED;
        cancellationReason = reason;
        if (wasOpened) {
            registerEvent(new ClassStatusChanged(id, organiserAgencyId, CANCELLED.name(), reason));
        }
    }

    private void moveTo(ClassStatus next, String action, ClassStatus from) {
        requireStatus(action, from);
        status = next;
        registerEvent(new ClassStatusChanged(id, organiserAgencyId, next.name(), null));
    }

    /** New dates or venue for a class that has not started; the trainees are told if it was opened. */
    void reschedule(LocalDate newStart, LocalDate newEnd, String newVenue) {
        requireStatus("reschedule", DRAFT, OPEN, ENROLMENT_CLOSED);
        if (newEnd.isBefore(newStart)) {
            throw new RuleViolationException("invalid-dates", "The class would end (" + newEnd
                    + ") before it starts (" + newStart + ")");
        }
        startDate = newStart;
        endDate = newEnd;
        venue = newVenue;
        if (status != DRAFT) {
            registerEvent(new ClassRescheduled(id, organiserAgencyId, startDate, endDate, venue));
        }
    }

    /** A new capacity, never below the seats taken; more seats go to the waitlist at once. */
    void changeCapacity(int newCapacity) {
        requireStatus("change the capacity of", DRAFT, OPEN, ENROLMENT_CLOSED);
        long enrolled = nominations.count(ENROLLED, null);
        if (newCapacity < enrolled) {
            throw RuleViolationException.conflict("capacity-below-enrolment",
                    "The class already has " + enrolled + " enrolled trainees; the capacity cannot be " + newCapacity);
        }
        capacity = newCapacity;
        promoteFromWaitlist();
    }

    // --- nominations -----------------------------------------------------------------------------

    /** Nominates an official of the nominating agency; refuses one who is not eligible or already nominated. */
    NominationOutcome nominate(Nominee nominee) {
        requireStatus("nominate to", OPEN);
        requireMayNominate(nominee.agencyId());
        nominee.requireEligibleFor(targetPositions);
        Nomination nomination = nominations.nominate(nominee);
        registerEvent(new TraineeNominated(id, organiserAgencyId, nominee.traineeId(), nominee.agencyId(), !autoApprove));
        if (autoApprove) {
            seatOrWaitlist(nomination);
        }
        return outcomeOf(nomination);
    }

    /** Nominates several officials at once; each is decided on its own, refusals are reported, not thrown. */
    List<NominationOutcome> nominateAll(List<Nominee> nominees) {
        List<NominationOutcome> outcomes = new ArrayList<>();
        for (Nominee nominee : nominees) {
            try {
                outcomes.add(nominate(nominee));
            } catch (RuleViolationException refused) {
                if (refused.code().equals("class-not-open") || refused.code().equals("not-invited")) {
                    throw refused;
                }
                outcomes.add(NominationOutcome.refused(nominee.traineeId(), refused.code(), refused.getMessage()));
            }
        }
        return outcomes;
    }

    /** The organisers approve a pending nomination: the nominee takes a seat, or waits for one. */
    NominationOutcome approve(String traineeId) {
        requireStatus("approve nominations to", OPEN, ENROLMENT_CLOSED);
        Nomination nomination = nominations.active(traineeId);
        if (nomination.status() != PENDING_APPROVAL) {
            throw RuleViolationException.conflict("not-pending", "The nomination is " + nomination.status()
                    + ", not waiting for approval");
        }
        seatOrWaitlist(nomination);
        return outcomeOf(nomination);
    }

    /** The organisers reject a nomination that is pending or waitlisted, with a reason. */
    NominationOutcome reject(String traineeId, String reason) {
        requireStatus("reject nominations to", OPEN, ENROLMENT_CLOSED);
        Nomination nomination = nominations.active(traineeId);
        if (nomination.status() == ENROLLED) {
            throw RuleViolationException.conflict("already-enrolled",
                    "An enrolled trainee cannot be rejected; withdraw the enrolment instead");
        }
        nomination.moveTo(REJECTED, reason);
        registerEvent(new NominationRejected(id, organiserAgencyId, traineeId, nomination.nominatingAgencyId(), reason));
        return outcomeOf(nomination);
    }

    /** A nominee leaves the class; a seat they free goes to the first waitlisted nominee who may take it. */
    NominationOutcome withdraw(String traineeId, String reason, String byAgency) {
        requireStatus("withdraw from", OPEN, ENROLMENT_CLOSED, IN_PROGRESS);
        Nomination nomination = nominations.active(traineeId);
        if (!isOrganisedBy(byAgency) && !nomination.nominatingAgencyId().equals(byAgency)) {
            throw new NotFoundException("Nomination of trainee", traineeId);
        }
        NominationStatus previous = nomination.status();
        nomination.moveTo(WITHDRAWN, reason);
        registerEvent(new EnrolmentWithdrawn(id, organiserAgencyId, traineeId, nomination.nominatingAgencyId(),
                previous.name(), reason));
        if (previous == ENROLLED && status != IN_PROGRESS) {
            promoteFromWaitlist();
        }
        return outcomeOf(nomination);
    }

    private void seatOrWaitlist(Nomination nomination) {
        if (seatAvailableFor(nomination.nominatingAgencyId())) {
            nomination.moveTo(ENROLLED, null);
            registerEvent(new TraineeEnrolled(id, organiserAgencyId, nomination.traineeId(), nomination.nominatingAgencyId()));
        } else {
            nominations.waitlist(nomination);
            registerEvent(new TraineeWaitlisted(id, organiserAgencyId, nomination.traineeId(),
                    nomination.nominatingAgencyId(), nominations.waitlistPosition(nomination)));
        }
    }

    private void promoteFromWaitlist() {
        for (Nomination waiting : nominations.waiting()) {
            if (nominations.count(ENROLLED, null) >= capacity) {
                return;
            }
            if (seatAvailableFor(waiting.nominatingAgencyId())) {
                waiting.moveTo(ENROLLED, null);
                registerEvent(new TraineePromotedFromWaitlist(id, organiserAgencyId, waiting.traineeId(),
                        waiting.nominatingAgencyId()));
            }
        }
    }

    private boolean seatAvailableFor(String agencyId) {
        Integer quota = seatQuotas.get(agencyId);
        return nominations.count(ENROLLED, null) < capacity
                && (quota == null || nominations.count(ENROLLED, agencyId) < quota);
    }

    private NominationOutcome outcomeOf(Nomination nomination) {
        return NominationOutcome.of(nomination.traineeId(), nomination.status(),
                nomination.status() == WAITLISTED ? nominations.waitlistPosition(nomination) : null);
    }

    long count(NominationStatus status, String nominatingAgencyId) {
        return nominations.count(status, nominatingAgencyId);
    }

    // --- rules -----------------------------------------------------------------------------------

    private void requireMayNominate(String agencyId) {
        if (!visibleTo.contains(agencyId)) {
            throw new RuleViolationException("not-invited", agencyId + " is not invited to nominate to this class");
        }
    }

    private void requireStatus(String action, ClassStatus... allowed) {
        if (!EnumSet.of(allowed[0], allowed).contains(status)) {
            String code = allowed.length == 1 && allowed[0] == OPEN ? "class-not-open" : "illegal-transition";
            throw RuleViolationException.conflict(code, "Cannot " + action + " a class that is " + status
                    + "; it must be " + List.of(allowed));
        }
    }

    // --- who may see and do what ------------------------------------------------------------------

    boolean isVisibleTo(String agencyId) {
        return visibleTo.contains(agencyId);
    }

    boolean isOrganisedBy(String agencyId) {
        return organiserAgencyId.equals(agencyId) || coOrganiserAgencyIds.contains(agencyId);
    }

    boolean isOwnedBy(String agencyId) {
        return organiserAgencyId.equals(agencyId);
    }

    /** Every agency involved in the class, for validating that they exist. */
    Set<String> involvedAgencies() {
        return Set.copyOf(visibleTo);
    }

    /** The roster as the viewing agency may see it: organisers see every nominee, others only their own. */
    Roster rosterFor(String viewerAgencyId) {
        return Roster.of(this, nominations.all(), viewerAgencyId, isOrganisedBy(viewerAgencyId),
                nominations::waitlistPosition);
    }

    Optional<Nomination> nominationFor(String traineeId) {
        return nominations.of(traineeId);
    }

    /** The plan as it stands, with the dates, venue and capacity it has now. */
    ClassPlan plan() {
        return new ClassPlan(title, coOrganiserAgencyIds, nominatingAgencyIds, targetPositions, capacity, seatQuotas,
                startDate, endDate, venue, timeZone, autoApprove);
    }

    String id() {
        return id;
    }

    String programmeId() {
        return programmeId;
    }

    String programmeTitle() {
        return programmeTitle;
    }

    String title() {
        return title;
    }

    String organiserAgencyId() {
        return organiserAgencyId;
    }

    int capacity() {
        return capacity;
    }

    LocalDate startDate() {
        return startDate;
    }

    LocalDate endDate() {
        return endDate;
    }

    ClassStatus status() {
        return status;
    }

    String cancellationReason() {
        return cancellationReason;
    }
}
