package org.trainingplatform.support.web;

/** A field whose value the domain refuses (a malformed phone number, say): answered as 400 with the field named. */
public class InvalidFieldException extends RuntimeException {

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
