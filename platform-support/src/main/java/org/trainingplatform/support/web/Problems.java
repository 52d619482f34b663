package org.trainingplatform.support.web;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.util.List;

/** RFC 9457 problem details as the platform writes them. */
public final class Problems {

    private static final String TYPE_BASE = "https://trainingplatform.org/problems/";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatusCode status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + code));
        problem.setProperty("code", code);
        return problem;
    }

    public static ProblemDetail invalid(String detail, List<FieldError> errors) {
        ProblemDetail problem = of(HttpStatusCode.valueOf(400), "invalid-request", detail);
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return problem;
    }

    /** What is wrong with one field of the request; {@code field} is a path such as {@code trainees[2].phone}. */
    public record FieldError(String field, String message) {
    }
}
