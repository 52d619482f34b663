package org.trainingplatform.enrolment.klass;

/** What a class keeps of a nominated official: enough to check eligibility and to show its roster. */
record Nominee(String traineeId, String agencyId, String fullName, String position, String unit,
               String pipelinePosition) {
}
