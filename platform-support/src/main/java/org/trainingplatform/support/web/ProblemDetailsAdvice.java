package org.trainingplatform.support.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.trainingplatform.support.web.Problems.FieldError;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Turns every error a request can meet into an RFC 9457 problem, with a message per field where it applies. */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        ProblemDetail problem = Problems.of(HttpStatus.NOT_FOUND, "not-found", e.getMessage());
        problem.setTitle("Not found");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> ruleViolated(RuleViolationException e) {
        ProblemDetail problem = Problems.of(e.status(), e.code(), e.getMessage());
        problem.setTitle(switch (e.status()) {
            case CONFLICT -> "Conflict with the current state";
            case FORBIDDEN -> "Not allowed";
            default -> "Business rule violated";
        });
        return ResponseEntity.status(e.status()).body(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalidField(InvalidFieldException e) {
        return ResponseEntity.badRequest().body(Problems.invalid("The request has invalid fields",
                List.of(new FieldError(e.field(), e.getMessage()))));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> concurrentUpdate(OptimisticLockingFailureException e) {
        log.info("Concurrent update refused: {}", e.getMessage());
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "concurrent-update",
                "The record was changed by another request at the same time; read it again and retry");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e) {
        ProblemDetail problem = Problems.of(HttpStatus.FORBIDDEN, "forbidden", e.getMessage());
        problem.setTitle("Not allowed");
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
    }

    /** Anything unforeseen: logged with its trace id, answered without internals. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Request failed unexpectedly", e);
        ProblemDetail problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "The request could not be completed; the failure was logged with trace id " + traceId());
        problem.setTitle("Internal error");
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(problem);
    }

    private static String traceId() {
        String traceId = org.slf4j.MDC.get("traceId");
        return traceId == null ? "unknown" : traceId;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        e.getBindingResult().getFieldErrors().forEach(f -> errors.add(new FieldError(f.getField(), f.getDefaultMessage())));
        e.getBindingResult().getGlobalErrors().forEach(g -> errors.add(new FieldError(g.getObjectName(), g.getDefaultMessage())));
        return ResponseEntity.badRequest().body(Problems.invalid("The request has invalid fields", errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
                errors.add(new FieldError(result.getMethodParameter().getParameterName(), error.getDefaultMessage()))));
        return ResponseEntity.badRequest().body(Problems.invalid("The request has invalid parameters", errors));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String expected = e.getRequiredType() == null ? "value" : describe(e.getRequiredType());
        FieldError error = new FieldError(e.getPropertyName(), "must be " + expected + ", was '" + e.getValue() + "'");
        return ResponseEntity.badRequest().body(Problems.invalid("The request has invalid parameters", List.of(error)));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamReadException unreadable) {
                return ResponseEntity.badRequest().body(Problems.invalid("The body is not valid JSON: "
                        + unreadable.getOriginalMessage(), List.of()));
            }
            if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
                FieldError error = new FieldError(path(jackson), message(jackson));
                return ResponseEntity.badRequest().body(Problems.invalid("The request has invalid fields", List.of(error)));
            }
        }
        return ResponseEntity.badRequest().body(Problems.invalid("The body is missing or unreadable", List.of()));
    }

    private static String message(JacksonException e) {
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null) {
            return "must be " + describe(invalid.getTargetType()) + ", was '" + invalid.getValue() + "'";
        }
        if (e instanceof ValueInstantiationException || e.getCause() instanceof java.time.DateTimeException) {
            return "is invalid: " + e.getOriginalMessage();
        }
        if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return "must be " + describe(mismatched.getTargetType());
        }
        return "is invalid";
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == java.time.LocalDate.class) {
            return "a date (yyyy-MM-dd)";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (type == String.class) {
            return "a string";
        }
        return "an object";
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
