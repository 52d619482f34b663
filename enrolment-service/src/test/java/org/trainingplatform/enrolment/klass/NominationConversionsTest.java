package org.trainingplatform.enrolment.klass;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.trainingplatform.support.testing.DocumentMapping;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trainingplatform.enrolment.klass.NominationStatus.WAITLISTED;

class NominationConversionsTest {

    private final MappingMongoConverter generic = DocumentMapping.generic();
    private final MappingMongoConverter fieldByField = DocumentMapping.with(new NominationConversions().mongoCustomConversions());

    @Test
    void writesTheLayoutTheGenericMappingWrites() {
        assertThat(fieldByField.getCustomConversions().hasCustomWriteTarget(Nomination.class, Document.class)).isTrue();
        assertThat(fieldByField.getCustomConversions().hasCustomReadTarget(Document.class, Nomination.class)).isTrue();
        for (Nomination nomination : List.of(waitlisted(), rejected())) {
            assertThat(fieldByField.convertToMongoType(nomination)).isInstanceOf(Document.class);
            assertThat(json(fieldByField.convertToMongoType(nomination))).isEqualTo(json(generic.convertToMongoType(nomination)));
        }
    }

    @Test
    void readsBackWhatTheGenericMappingWrote() {
        for (Nomination nomination : List.of(waitlisted(), rejected())) {
            Document stored = Document.parse(json(generic.convertToMongoType(nomination)));
            Nomination read = fieldByField.read(Nomination.class, stored);
            assertThat(read).usingRecursiveComparison().isEqualTo(nomination);
        }
    }

    @Test
    void aClassKeepsItsRosterAtTheTopLevelOfItsDocument() {
        TrainingClass klass = TrainingClassTest.openClass(1, true, Map.of());
        klass.nominate(TrainingClassTest.eligible("t1", TrainingClassTest.HOME_AFFAIRS));
        klass.nominate(TrainingClassTest.eligible("t2", TrainingClassTest.HOME_AFFAIRS));
        Document stored = new Document();
        fieldByField.write(klass, stored);

        assertThat(stored).containsEntry("waitlistCounter", 1L);
        assertThat(stored.getList("nominations", Document.class)).extracting(entry -> entry.getString("status"))
                .containsExactly("ENROLLED", "WAITLISTED");
        TrainingClass read = fieldByField.read(TrainingClass.class, Document.parse(stored.toJson()));
        assertThat(read.count(WAITLISTED, null)).isEqualTo(1);
        assertThat(read.rosterFor(TrainingClassTest.HOME_AFFAIRS).entries()).extracting(Roster.Entry::waitlistPosition)
                .containsExactly(null, 1);
    }

    private static Nomination waitlisted() {
        Instant at = Instant.parse("2026-11-30T02:15:00.123Z");
        return new Nomination("trainee-1", "ba-dinh-district", "Nguyễn Thị Hồng Nhung", "Bí thư quận ủy", "Quận ủy Ba Đình",
                NominationStatus.WAITLISTED, 7, at, at.plus(5, ChronoUnit.MINUTES), null);
    }

    private static Nomination rejected() {
        Instant at = Instant.parse("2026-11-30T03:00:00Z");
        return new Nomination("trainee-2", "dong-da-district", "Trần Văn Bình", null, null, NominationStatus.REJECTED, 0,
                at, at, "Không thuộc diện quy hoạch");
    }

    private static String json(Object mongoValue) {
        return ((Document) mongoValue).toJson();
    }
}
