package org.trainingplatform.assessment.results;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.trainingplatform.assessment.gradebook.Gradebook;
import org.trainingplatform.assessment.gradebook.GradebookRepository;
import org.trainingplatform.assessment.grading.GradingScheme;
import org.trainingplatform.assessment.grading.GradingSchemes;
import org.trainingplatform.assessment.roster.ClassRecord;
import org.trainingplatform.assessment.roster.ClassRecords;
import org.trainingplatform.assessment.roster.Enrolee;
import org.trainingplatform.support.persistence.AggregateUpdates;
import org.trainingplatform.support.web.NotFoundException;
import org.trainingplatform.support.web.RuleViolationException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** Closing classes, and what follows: results, statistics, certificates, merit awards. */
@Service
class Results {

    private final ClassResultsRepository repository;
    private final ClassRecords classes;
    private final GradingSchemes schemes;
    private final GradebookRepository gradebooks;
    private final CertificateNumbers numbers;
    private final AggregateUpdates updates;
    private final Clock clock;
    private final String publicBaseUrl;

    Results(ClassResultsRepository repository, ClassRecords classes, GradingSchemes schemes, GradebookRepository gradebooks,
            CertificateNumbers numbers, AggregateUpdates updates, Clock clock,
            @Value("${platform.assessment.public-base-url}") String publicBaseUrl) {
        this.repository = repository;
        this.classes = classes;
        this.schemes = schemes;
        this.gradebooks = gradebooks;
        this.numbers = numbers;
        this.updates = updates;
        this.clock = clock;
        this.publicBaseUrl = publicBaseUrl;
    }

    ClassResults close(String agencyId, String classId) {
        ClassRecord klass = classes.visibleTo(agencyId, classId);
        if (!klass.organiserAgencyId().equals(agencyId)) {
            throw RuleViolationException.forbidden("not-the-organiser", "Only the organising agency closes the class");
        }
        if (repository.existsById(classId)) {
            throw RuleViolationException.conflict("already-closed", "The class's results were already published");
        }
        GradingScheme scheme = schemes.forClass(klass);
        Gradebook gradebook = gradebooks.findById(classId).orElseGet(() -> Gradebook.of(classId, agencyId));
        Instant now = clock.instant();
        int year = (klass.endDate() == null ? now.atZone(clock.getZone()).toLocalDate() : klass.endDate()).getYear();
        ClassResults results = ClassResults.close(klass, scheme, gradebook,
                classes.names(klass.enrolled().stream().map(Enrolee::traineeId).collect(Collectors.toSet())),
                classes.agencyNames(klass.organiserAgencyIds()), () -> numbers.next(agencyId, year, now),
                this::verificationUrl, agencyId, now);
        try {
            return repository.insert(results);
        } catch (DuplicateKeyException closedMeanwhile) {
            throw RuleViolationException.conflict("already-closed", "The class's results were already published");
        }
    }

    /** The results as the agency may see them: organisers every trainee, a nominating agency its own. */
    ClassResults get(String agencyId, String classId) {
        classes.visibleTo(agencyId, classId);
        return repository.findById(classId).orElseThrow(() -> new NotFoundException("Results of class", classId));
    }

    List<TraineeResult> propose(String agencyId, String classId, MeritRule rule) {
        return organised(agencyId, classId).propose(rule);
    }

    List<TraineeResult> confirmMerit(String agencyId, String classId, List<String> traineeIds) {
        return updates.update(classId, () -> {
            ClassResults results = organised(agencyId, classId);
            List<TraineeResult> awarded = results.confirmMerit(traineeIds);
            repository.save(results);
            return awarded;
        });
    }

    TraineeResult revoke(String agencyId, String certificateNumber, String reason) {
        ClassResults found = certificate(certificateNumber);
        return updates.update(found.classId(), () -> {
            ClassResults results = repository.findById(found.classId()).orElseThrow();
            if (!results.agencyId().equals(agencyId)) {
                throw new NotFoundException("Certificate", certificateNumber);
            }
            TraineeResult revoked = results.revoke(certificateNumber, reason, clock.instant());
            repository.save(results);
            return revoked;
        });
    }

    /** A certificate, for the organisers of its class or the agency that nominated its holder. */
    IssuedCertificate certificate(String agencyId, String certificateNumber) {
        ClassResults results = certificate(certificateNumber);
        TraineeResult holder = results.byCertificate(certificateNumber).orElseThrow();
        if (!results.isOrganisedBy(agencyId) && !holder.nominatingAgencyId().equals(agencyId)) {
            throw new NotFoundException("Certificate", certificateNumber);
        }
        return new IssuedCertificate(results, holder, verificationUrl(holder.certificate()));
    }

    /** Anyone's check of a verification code. */
    IssuedCertificate verify(String code) {
        ClassResults results = repository.findByResultsCertificateVerificationCode(code)
                .orElseThrow(() -> new NotFoundException("Certificate with code", code));
        TraineeResult holder = results.byVerificationCode(code).orElseThrow();
        return new IssuedCertificate(results, holder, verificationUrl(holder.certificate()));
    }

    private ClassResults organised(String agencyId, String classId) {
        ClassResults results = get(agencyId, classId);
        if (!results.agencyId().equals(agencyId)) {
            throw RuleViolationException.forbidden("not-the-organiser", "Only the organising agency awards certificates of merit");
        }
        return results;
    }

    private ClassResults certificate(String number) {
        return repository.findByResultsCertificateNumber(number).orElseThrow(() -> new NotFoundException("Certificate", number));
    }

    private String verificationUrl(Certificate certificate) {
        return publicBaseUrl + "/certificates/verify/" + certificate.verificationCode();
    }

    /** A certificate with what is printed on it. */
    record IssuedCertificate(ClassResults results, TraineeResult holder, String verificationUrl) {
    }
}
