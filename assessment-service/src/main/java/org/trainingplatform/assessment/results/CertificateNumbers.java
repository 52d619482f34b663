package org.trainingplatform.assessment.results;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Certificate numbers per organising agency and year ({@code HHA-2022-000017} for hanoi-home-affairs),
 * each taken with one atomic increment, so numbers never repeat (a closing that failed leaves a gap,
 * never a duplicate); each certificate also gets a random verification code.
 */
@Component
class CertificateNumbers {

    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MongoTemplate mongo;

    CertificateNumbers(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The next certificate of the agency's year. */
    Certificate next(String agencyId, int year, Instant issuedAt) {
        String prefix = Arrays.stream(agencyId.split("-")).filter(p -> !p.isEmpty())
                .map(p -> p.substring(0, 1).toUpperCase(Locale.ROOT)).collect(Collectors.joining()) + "-" + year;
        Counter counter = mongo.findAndModify(Query.query(where("_id").is(prefix)), new Update().inc("last", 1),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Counter.class, "certificate_counters");
        return new Certificate(prefix + "-" + String.format("%06d", counter.last()), code(), issuedAt, null, null);
    }

    private static String code() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    record Counter(String id, long last) {
    }
}
