package org.trainingplatform.assessment.grading;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import org.trainingplatform.assessment.roster.ClassRecord;
import org.trainingplatform.support.web.RuleViolationException;

import java.time.Instant;

/**
 * Grading schemes set per programme (by the agency that runs it) or per class (by its organiser). A
 * class is graded by its own scheme, else its programme's, else the defaults.
 */
@Service
public class GradingSchemes {

    private final MongoTemplate mongo;

    GradingSchemes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public GradingScheme forClass(ClassRecord klass) {
        StoredScheme own = mongo.findById(classKey(klass.classId()), StoredScheme.class);
        if (own != null) {
            return own.scheme();
        }
        StoredScheme programme = mongo.findById(programmeKey(klass.organiserAgencyId(), klass.programmeId()), StoredScheme.class);
        return programme != null ? programme.scheme() : GradingScheme.defaults();
    }

    public GradingScheme setForClass(ClassRecord klass, String agencyId, GradingScheme scheme) {
        if (!klass.organiserAgencyId().equals(agencyId)) {
            throw RuleViolationException.forbidden("not-the-organiser", "Only the organising agency sets the grading scheme");
        }
        mongo.save(new StoredScheme(classKey(klass.classId()), scheme.validated(), agencyId, Instant.now()));
        return scheme;
    }

    public GradingScheme setForProgramme(String agencyId, String programmeId, GradingScheme scheme) {
        mongo.save(new StoredScheme(programmeKey(agencyId, programmeId), scheme.validated(), agencyId, Instant.now()));
        return scheme;
    }

    public GradingScheme forProgramme(String agencyId, String programmeId) {
        StoredScheme stored = mongo.findById(programmeKey(agencyId, programmeId), StoredScheme.class);
        return stored == null ? GradingScheme.defaults() : stored.scheme();
    }

    private static String classKey(String classId) {
        return "class:" + classId;
    }

    private static String programmeKey(String agencyId, String programmeId) {
        return "programme:" + agencyId + ":" + programmeId;
    }

    @org.springframework.data.mongodb.core.mapping.Document("grading_schemes")
    record StoredScheme(String id, GradingScheme scheme, String setBy, Instant setAt) {
    }
}
