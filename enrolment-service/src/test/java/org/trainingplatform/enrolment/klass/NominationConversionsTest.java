package org.trainingplatform.enrolment.klass;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NominationConversionsTest {

    private final MappingMongoConverter generic = converter(new MongoCustomConversions(List.of()));
    private final MappingMongoConverter fieldByField = converter(new NominationConversions().mongoCustomConversions());

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

    private static MappingMongoConverter converter(MongoCustomConversions conversions) {
        MongoMappingContext context = new MongoMappingContext();
        context.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
        context.afterPropertiesSet();
        MappingMongoConverter converter = new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, context);
        converter.setCustomConversions(conversions);
        converter.afterPropertiesSet();
        return converter;
    }
}
