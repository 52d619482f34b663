package org.trainingplatform.support.events;

/** CloudEvents 1.0 attributes in Kafka binary mode: one {@code ce_} header per attribute. */
public final class CloudEventHeaders {

    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String DATA_SCHEMA = "ce_dataschema";
    /** Extension: the agency that owns the record the event is about. */
    public static final String AGENCY_ID = "ce_agencyid";
    /**
     * Extension: when the write that stored the event in its aggregate's document returned; the relay's latency
     * runs from it. Absent on an event read back from its document (a retry, or the sweep after a crash).
     */
    public static final String STORED_TIME = "ce_storedtime";
    /** W3C trace context, so that a request can be followed across services. */
    public static final String TRACEPARENT = "traceparent";
    public static final String CONTENT_TYPE = "content-type";

    public static final String SPEC_VERSION_1_0 = "1.0";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {
    }
}
