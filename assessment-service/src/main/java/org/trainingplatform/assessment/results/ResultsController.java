package org.trainingplatform.assessment.results;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.trainingplatform.assessment.certificate.CertificatePdf;
import org.trainingplatform.support.security.Caller;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

@Tag(name = "Results", description = "Closing a class: results, statistics, certificates and certificates of merit")
@RestController
class ResultsController {

    private final Results results;

    ResultsController(Results results) {
        this.results = results;
    }

    @Operation(summary = "Close the class: every trainee's final score, classification and completion (with reasons), "
            + "certificates for those who completed; published once")
    @PostMapping("/api/classes/{classId}/results/close")
    ResultsView close(Caller caller, @PathVariable String classId) {
        return ResultsView.of(results.close(caller.agencyId(), classId), caller.agencyId());
    }

    @Operation(summary = "The results: every trainee's for the organisers, a nominating agency's own trainees' otherwise")
    @GetMapping("/api/classes/{classId}/results")
    ResultsView get(Caller caller, @PathVariable String classId) {
        return ResultsView.of(results.get(caller.agencyId(), classId), caller.agencyId());
    }

    @Operation(summary = "Propose trainees for certificates of merit by a rule (top N, or a minimum score), ranked")
    @PostMapping("/api/classes/{classId}/merit/proposal")
    List<TraineeResult> propose(Caller caller, @PathVariable String classId, @Valid @RequestBody MeritRule rule) {
        return results.propose(caller.agencyId(), classId, rule);
    }

    @Operation(summary = "Confirm who receives a certificate of merit (publishes MeritAwarded)")
    @PostMapping("/api/classes/{classId}/merit/confirm")
    List<TraineeResult> confirm(Caller caller, @PathVariable String classId, @Valid @RequestBody Awardees awardees) {
        return results.confirmMerit(caller.agencyId(), classId, awardees.traineeIds());
    }

    @GetMapping("/api/certificates/{number}")
    CertificateView certificate(Caller caller, @PathVariable String number) {
        return CertificateView.of(results.certificate(caller.agencyId(), number));
    }

    @GetMapping(value = "/api/certificates/{number}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(Caller caller, @PathVariable String number) {
        Results.IssuedCertificate issued = results.certificate(caller.agencyId(), number);
        return ResponseEntity.ok()
                .header("Content-Disposition", "inline; filename=\"" + number + ".pdf\"")
                .contentType(MediaType.APPLICATION_PDF)
                .body(CertificatePdf.render(CertificateView.content(issued)));
    }

    @Operation(summary = "Revoke a certificate, with the reason (the organising agency)")
    @PostMapping("/api/certificates/{number}/revoke")
    CertificateView revoke(Caller caller, @PathVariable String number, @Valid @RequestBody Reason reason) {
        results.revoke(caller.agencyId(), number, reason.reason());
        return CertificateView.of(results.certificate(caller.agencyId(), number));
    }

    record Reason(@NotBlank @Size(max = 1000) String reason) {
    }

    record Awardees(@NotEmpty @Size(max = 500) List<@NotBlank String> traineeIds) {
    }

    record ResultsView(String classId, String classTitle, Instant closedAt, Statistics statistics,
                       Map<String, Statistics> perNominatingAgency, boolean meritConfirmed, List<TraineeResult> trainees) {

        static ResultsView of(ClassResults r, String viewer) {
            boolean organiser = r.isOrganisedBy(viewer);
            return new ResultsView(r.classId(), r.classTitle(), r.closedAt(), r.statistics(),
                    r.statisticsPerNominatingAgency(), r.meritConfirmed(),
                    r.results().stream().filter(t -> organiser || t.nominatingAgencyId().equals(viewer)).toList());
        }
    }

    record CertificateView(String number, String holder, String classId, String classTitle, String programmeTitle,
                           LocalDate startDate, LocalDate endDate, String classification, List<String> organisers,
                           String verificationUrl, boolean revoked, String revocationReason) {

        static CertificateView of(Results.IssuedCertificate issued) {
            CertificatePdf.Content c = content(issued);
            return new CertificateView(c.number(), c.holder(), issued.results().classId(), c.classTitle(), c.programmeTitle(),
                    c.startDate(), c.endDate(), c.classification(), c.organisers(), c.verificationUrl(), c.revoked(),
                    issued.holder().certificate().revocationReason());
        }

        static CertificatePdf.Content content(Results.IssuedCertificate issued) {
            ClassResults r = issued.results();
            TraineeResult holder = issued.holder();
            return new CertificatePdf.Content(holder.certificate().number(), holder.fullName(), r.classTitle(),
                    r.programmeTitle(), r.startDate(), r.endDate(), ClassificationNames.vietnamese(holder.classification()),
                    r.organiserNames(), holder.certificate().verificationCode(), issued.verificationUrl(),
                    holder.certificate().isRevoked());
        }
    }
}
