package org.trainingplatform.enrolment.agency;

/** What kind of body an agency is: a department (Sở, Ban), a training academy or school (Học viện, Trường), a party committee. */
enum AgencyKind {
    DEPARTMENT, ACADEMY, SCHOOL, PARTY_COMMITTEE, OTHER
}
