package org.trainingplatform.support.inbox;

/**
 * A record that can never be handled however often it is tried: missing CloudEvents attributes, an
 * unknown type, or a payload that does not parse or breaks its schema. Not retried: it goes straight
 * to the dead-letter topic with this message as the reason.
 */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String reason) {
        super(reason);
    }

    public MalformedEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
