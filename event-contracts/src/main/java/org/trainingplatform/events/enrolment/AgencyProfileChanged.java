package org.trainingplatform.events.enrolment;

import org.trainingplatform.events.IntegrationEvent;

import static org.trainingplatform.events.EventStream.ENROLMENT;

/**
 * An agency described itself in the platform's directory, or changed its profile; the values are the new
 * ones, in full. Certificates and other documents name agencies by {@code name}.
 */
@IntegrationEvent(stream = ENROLMENT, name = "agency-profile-changed", key = "agencyId", subject = "agencyId")
public record AgencyProfileChanged(String agencyId, String name, String englishName, String kind, String country) {
}
