package org.trainingplatform.support.web;

/**
 * The record does not exist for the caller: also what another agency's record looks like, so that
 * its existence is not leaked.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
