package org.trainingplatform.events.assessment;

import org.trainingplatform.events.IntegrationEvent;

import static org.trainingplatform.events.EventStream.ASSESSMENT;

/** A certificate was revoked, with the reason; its verification link now says so. */
@IntegrationEvent(stream = ASSESSMENT, name = "certificate-revoked", key = "classId", subject = "traineeId")
public record CertificateRevoked(String classId, String agencyId, String traineeId, String certificateNumber,
                                 String reason) {
}
