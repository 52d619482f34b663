package org.trainingplatform.enrolment.trainee;

/** The language a trainee reads their messages in. */
public enum Language {
    vi, en
}
