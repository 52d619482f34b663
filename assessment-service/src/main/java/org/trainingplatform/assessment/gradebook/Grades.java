package org.trainingplatform.assessment.gradebook;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import org.trainingplatform.assessment.grading.GradingScheme;
import org.trainingplatform.assessment.grading.GradingSchemes;
import org.trainingplatform.assessment.results.ClassResultsRepository;
import org.trainingplatform.assessment.roster.ClassRecord;
import org.trainingplatform.assessment.roster.ClassRecords;
import org.trainingplatform.support.persistence.AggregateUpdates;
import org.trainingplatform.support.web.InvalidFieldException;
import org.trainingplatform.support.web.Problems.FieldError;
import org.trainingplatform.support.web.RuleViolationException;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Entering scores, one by one or from a spreadsheet export. Only the organising agencies grade, only
 * trainees on the roster, only components of the class's scheme, and never after the class was closed.
 */
@Service
public class Grades {

    private final GradebookRepository gradebooks;
    private final ClassRecords classes;
    private final GradingSchemes schemes;
    private final ClassResultsRepository results;
    private final AggregateUpdates updates;
    private final Clock clock;

    Grades(GradebookRepository gradebooks, ClassRecords classes, GradingSchemes schemes, ClassResultsRepository results,
           AggregateUpdates updates, Clock clock) {
        this.gradebooks = gradebooks;
        this.classes = classes;
        this.schemes = schemes;
        this.results = results;
        this.updates = updates;
        this.clock = clock;
    }

    /** Sets the class's own grading scheme; it cannot change once the results are out. */
    GradingScheme setScheme(String agencyId, String classId, GradingScheme scheme) {
        return schemes.setForClass(gradable(agencyId, classId), agencyId, scheme);
    }

    /** The class's scores as the agency may see them: organisers every trainee's, a nominating agency its own. */
    Map<String, Map<String, GradeEntry>> gradebook(String agencyId, String classId) {
        ClassRecord klass = classes.visibleTo(agencyId, classId);
        Gradebook gradebook = gradebook(klass);
        Map<String, Map<String, GradeEntry>> visible = new LinkedHashMap<>();
        klass.enrolled().stream()
                .filter(e -> klass.isOrganisedBy(agencyId) || e.nominatingAgencyId().equals(agencyId))
                .forEach(e -> visible.put(e.traineeId(), gradebook.of(e.traineeId())));
        return visible;
    }

    Gradebook.Outcome record(String agencyId, String classId, String traineeId, String component, BigDecimal score,
                             String reason) {
        ClassRecord klass = gradable(agencyId, classId);
        GradingScheme scheme = schemes.forClass(klass);
        BigDecimal valid = Scores.valid(score, "score");
        requireKnown(klass, scheme, traineeId, component);
        return updates.update(classId, () -> {
            Gradebook gradebook = gradebook(klass);
            Gradebook.Outcome outcome = gradebook.record(traineeId, component, valid, agencyId, reason, clock.instant());
            if (outcome != Gradebook.Outcome.UNCHANGED) {
                gradebooks.save(gradebook);
            }
            return outcome;
        });
    }

    /**
     * Imports a spreadsheet export: a {@code traineeId} column and one column per component code (other
     * columns are ignored); good cells are recorded, bad rows reported, and importing the same file
     * again changes nothing. A changed score is a correction, with the {@code reason} column if given.
     */
    ImportReport importCsv(String agencyId, String classId, String csv) {
        ClassRecord klass = gradable(agencyId, classId);
        GradingScheme scheme = schemes.forClass(klass);
        List<ImportReport.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get().parse(new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv))) {
            if (!parser.getHeaderNames().contains("traineeId")) {
                throw new RuleViolationException("invalid-csv-header", "The header row must have a traineeId column and one column per component "
                        + scheme.components().stream().map(GradingScheme.Component::code).toList());
            }
            List<String> componentColumns = parser.getHeaderNames().stream().filter(h -> scheme.component(h).isPresent()).toList();
            List<CSVRecord> records = parser.getRecords();
            updates.update(classId, () -> {
                rows.clear();
                Gradebook gradebook = gradebook(klass);
                for (CSVRecord record : records) {
                    rows.add(importRow(klass, scheme, gradebook, record, componentColumns, agencyId));
                }
                gradebooks.save(gradebook);
                return gradebook;
            });
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new RuleViolationException("unreadable-csv", "The file is not a readable CSV: " + e.getMessage());
        }
        return ImportReport.of(rows);
    }

    private ImportReport.Row importRow(ClassRecord klass, GradingScheme scheme, Gradebook gradebook, CSVRecord record,
                                       List<String> componentColumns, String agencyId) {
        int line = (int) record.getRecordNumber() + 1;
        String traineeId = record.get("traineeId");
        if (traineeId.isBlank() || !klass.isEnrolled(traineeId)) {
            return ImportReport.Row.rejected(line, traineeId, List.of(new FieldError("traineeId", "is not on the class's roster")));
        }
        String reason = record.isMapped("reason") ? record.get("reason") : null;
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (String component : componentColumns) {
            String cell = record.isSet(component) ? record.get(component) : "";
            if (!cell.isBlank()) {
                try {
                    scores.put(component, Scores.parse(cell, component));
                } catch (InvalidFieldException e) {
                    errors.add(new FieldError(e.field(), e.getMessage()));
                }
            }
        }
        if (!errors.isEmpty()) {
            return ImportReport.Row.rejected(line, traineeId, errors);
        }
        Map<String, Gradebook.Outcome> outcomes = new LinkedHashMap<>();
        try {
            scores.forEach((component, score) -> outcomes.put(component,
                    gradebook.record(traineeId, component, score, agencyId, reason, clock.instant())));
        } catch (RuleViolationException e) {
            return ImportReport.Row.rejected(line, traineeId, List.of(new FieldError("reason", e.getMessage())));
        }
        return ImportReport.Row.of(line, traineeId, outcomes);
    }

    private ClassRecord gradable(String agencyId, String classId) {
        ClassRecord klass = classes.visibleTo(agencyId, classId);
        if (!klass.isOrganisedBy(agencyId)) {
            throw RuleViolationException.forbidden("not-an-organiser", "Only the organising agencies enter scores");
        }
        if (results.existsById(classId)) {
            throw RuleViolationException.conflict("results-closed", "The class's results are closed; scores cannot change");
        }
        return klass;
    }

    private static void requireKnown(ClassRecord klass, GradingScheme scheme, String traineeId, String component) {
        if (scheme.component(component).isEmpty()) {
            throw new RuleViolationException("unknown-component", "'" + component + "' is not a component of the class's grading scheme "
                    + scheme.components().stream().map(GradingScheme.Component::code).toList());
        }
        if (!klass.isEnrolled(traineeId)) {
            throw new RuleViolationException("not-on-roster", "Trainee " + traineeId + " is not on the class's roster");
        }
    }

    private Gradebook gradebook(ClassRecord klass) {
        return gradebooks.findById(klass.classId()).orElseGet(() -> Gradebook.of(klass.classId(), klass.organiserAgencyId()));
    }
}
