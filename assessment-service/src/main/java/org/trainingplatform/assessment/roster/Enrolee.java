package org.trainingplatform.assessment.roster;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A trainee enrolled in a class, with the agency that nominated them: a document of its own, so that an
 * enrolment writes that trainee alone and not a roster of hundreds. Its position is its enrolment's in the
 * class's stream of events, so that a roster lists its trainees in the order they were enrolled.
 */
@Document("class_enrolees")
public record Enrolee(@Id String id, @Indexed String classId, String traineeId, String nominatingAgencyId,
                      long position) {

    public static Enrolee of(String classId, String traineeId, String nominatingAgencyId, long position) {
        return new Enrolee(idOf(classId, traineeId), classId, traineeId, nominatingAgencyId, position);
    }

    static String idOf(String classId, String traineeId) {
        return classId + ":" + traineeId;
    }
}
