package org.trainingplatform.support.inbox;

import java.time.Instant;

/** The CloudEvents attributes of a consumed event. */
public record EventMetadata(String id, String type, String source, String subject, String agencyId, Instant time,
                            String traceparent) {
}
