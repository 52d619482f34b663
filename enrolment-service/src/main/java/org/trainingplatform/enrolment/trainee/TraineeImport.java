package org.trainingplatform.enrolment.trainee;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;
import org.trainingplatform.support.web.InvalidFieldException;
import org.trainingplatform.support.web.Problems.FieldError;
import org.trainingplatform.support.web.RuleViolationException;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Registers an agency's officials from a CSV file (a spreadsheet export, UTF-8, header row): good rows
 * are registered, bad rows are reported with what is wrong, and officials already registered (same
 * personnel code, email or phone) are left as they are, so importing a file twice changes nothing.
 */
@Component
class TraineeImport {

    static final List<String> COLUMNS = List.of("personnelCode", "fullName", "position", "unit", "pipelinePosition",
            "email", "phone", "preferredLanguage");
    private static final Set<String> REQUIRED = Set.of("fullName", "position");

    private final Trainees trainees;
    private final Validator validator;

    TraineeImport(Trainees trainees, Validator validator) {
        this.trainees = trainees;
        this.validator = validator;
    }

    ImportReport importCsv(String agencyId, String csv) {
        List<RowResult> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get().parse(new StringReader(stripBom(csv)))) {
            checkHeader(parser.getHeaderNames());
            for (CSVRecord record : parser) {
                rows.add(importRow(agencyId, (int) record.getRecordNumber() + 1, record));
            }
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw new RuleViolationException("unreadable-csv", "The file is not a readable CSV: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new RuleViolationException("unreadable-csv", "The file is not a readable CSV: " + e.getCause().getMessage());
        }
        return ImportReport.of(rows);
    }

    private RowResult importRow(String agencyId, int line, CSVRecord record) {
        TraineeDetails details;
        try {
            details = new TraineeDetails(value(record, "personnelCode"), value(record, "fullName"),
                    value(record, "position"), value(record, "unit"), value(record, "pipelinePosition"),
                    value(record, "email"), value(record, "phone"), language(value(record, "preferredLanguage")));
        } catch (InvalidFieldException e) {
            return RowResult.rejected(line, List.of(new FieldError(e.field(), e.getMessage())));
        }
        List<FieldError> errors = validator.validate(details).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(TraineeImport::fieldError).toList();
        if (!errors.isEmpty()) {
            return RowResult.rejected(line, errors);
        }
        try {
            Trainees.Registration registration = trainees.registerOnce(agencyId, details);
            return registration.created() ? RowResult.created(line, registration.trainee().id())
                    : RowResult.alreadyRegistered(line, registration.trainee().id());
        } catch (InvalidFieldException e) {
            return RowResult.rejected(line, List.of(new FieldError(e.field(), e.getMessage())));
        }
    }

    private static void checkHeader(List<String> header) {
        List<String> missing = REQUIRED.stream().filter(column -> !header.contains(column)).sorted().toList();
        List<String> unknown = header.stream().filter(column -> !COLUMNS.contains(column)).toList();
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            throw new RuleViolationException("invalid-csv-header", "The header row must name the columns "
                    + COLUMNS + (missing.isEmpty() ? "" : "; missing " + missing)
                    + (unknown.isEmpty() ? "" : "; unknown " + unknown));
        }
    }

    private static String value(CSVRecord record, String column) {
        return record.isMapped(column) && record.isSet(column) && !record.get(column).isBlank() ? record.get(column) : null;
    }

    private static Language language(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Language.valueOf(value.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("preferredLanguage", "must be one of [vi, en], was '" + value + "'");
        }
    }

    private static FieldError fieldError(ConstraintViolation<TraineeDetails> violation) {
        return new FieldError(violation.getPropertyPath().toString(), violation.getMessage());
    }

    private static String stripBom(String csv) {
        return csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    }
}
