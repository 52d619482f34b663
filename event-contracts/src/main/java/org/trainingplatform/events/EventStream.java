package org.trainingplatform.events;

/** The business event streams: one topic per producing service. */
public enum EventStream {
    ENROLMENT("enrolment", "enrolment-events"),
    SCHEDULING("scheduling", "scheduling-events"),
    ASSESSMENT("assessment", "assessment-events"),
    NOTIFICATION("notification", "notification-events");

    private final String service;
    private final String topic;

    EventStream(String service, String topic) {
        this.service = service;
        this.topic = topic;
    }

    /** Short service name used in event types, e.g. {@code enrolment}. */
    public String service() {
        return service;
    }

    /** The CloudEvents source: the producing service, e.g. {@code enrolment-service}. */
    public String source() {
        return service + "-service";
    }

    public String topic() {
        return topic;
    }
}
