package org.trainingplatform.notification.klass;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * A trainee on a class's roster, with their own agency and their nomination's status: one small
 * document each, so that a change of one trainee's standing writes that trainee alone, not the roster.
 */
@Document("participants")
@CompoundIndex(name = "roster", def = "{'classId': 1, 'status': 1}")
public record Participant(@Id String id, String classId, String traineeId, String agencyId, String status,
                          Instant since) {

    static String idOf(String classId, String traineeId) {
        return classId + "/" + traineeId;
    }
}
