package org.trainingplatform.support.inbox;

import java.time.Instant;

/**
 * The CloudEvents attributes of a consumed event, and its position in its stream: the record's offset in its
 * partition, so that of two events of one key the later has the higher position (-1 where the binder does not
 * say).
 */
public record EventMetadata(String id, String type, String source, String subject, String agencyId, Instant time,
                            String traceparent, long position) {
}
