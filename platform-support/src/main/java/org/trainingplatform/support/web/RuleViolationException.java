package org.trainingplatform.support.web;

import org.springframework.http.HttpStatus;

/**
 * A request that is well formed but breaks a business rule. {@code code} is a stable, machine-readable
 * name of the rule (it ends the problem type URI); the message is the reason a person reads.
 */
public class RuleViolationException extends RuntimeException {

    private final String code;
    private final HttpStatus status;

    /** A rule the request itself breaks (422). */
    public RuleViolationException(String code, String reason) {
        this(HttpStatus.UNPROCESSABLE_CONTENT, code, reason);
    }

    protected RuleViolationException(HttpStatus status, String code, String reason) {
        super(reason);
        this.status = status;
        this.code = code;
    }

    /** A request that conflicts with the current state of the record (409), e.g. an illegal transition. */
    public static RuleViolationException conflict(String code, String reason) {
        return new RuleViolationException(HttpStatus.CONFLICT, code, reason);
    }

    /** A request the caller may not make, although it may see the record (403). */
    public static RuleViolationException forbidden(String code, String reason) {
        return new RuleViolationException(HttpStatus.FORBIDDEN, code, reason);
    }

    public String code() {
        return code;
    }

    public HttpStatus status() {
        return status;
    }
}
