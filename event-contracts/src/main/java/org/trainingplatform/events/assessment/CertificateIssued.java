package org.trainingplatform.events.assessment;

import org.trainingplatform.events.IntegrationEvent;

import static org.trainingplatform.events.EventStream.ASSESSMENT;

/** A certificate of completion was issued to a trainee, with its number and public verification link. */
@IntegrationEvent(stream = ASSESSMENT, name = "certificate-issued", key = "classId", subject = "traineeId")
public record CertificateIssued(String classId, String agencyId, String traineeId, String certificateNumber,
                                String verificationUrl) {
}
