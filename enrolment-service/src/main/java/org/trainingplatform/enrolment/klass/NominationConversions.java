package org.trainingplatform.enrolment.klass;

import org.bson.Document;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * Writes and reads a class's nominations field by field, in the layout Spring Data's generic mapping
 * gives them. A class's whole roster is read and written with every change of the class, and that
 * mapping of each of up to 450 entries was a third of the service's CPU under load (docs/benchmarks.md, run AA).
 */
@Configuration(proxyBeanMethods = false)
class NominationConversions {

    @Bean
    MongoCustomConversions mongoCustomConversions() {
        return MongoCustomConversions.create(conversions -> conversions.registerConverters(List.of(Writing.INSTANCE, Reading.INSTANCE)));
    }

    @WritingConverter
    enum Writing implements Converter<Nomination, Document> {
        INSTANCE;

        @Override
        public Document convert(Nomination nomination) {
            Document document = new Document();
            putIfPresent(document, "traineeId", nomination.traineeId());
            putIfPresent(document, "nominatingAgencyId", nomination.nominatingAgencyId());
            putIfPresent(document, "fullName", nomination.fullName());
            putIfPresent(document, "position", nomination.position());
            putIfPresent(document, "unit", nomination.unit());
            putIfPresent(document, "status", nomination.status() == null ? null : nomination.status().name());
            document.put("waitlistSequence", nomination.waitlistSequence());
            putIfPresent(document, "nominatedAt", date(nomination.nominatedAt()));
            putIfPresent(document, "updatedAt", date(nomination.updatedAt()));
            putIfPresent(document, "reason", nomination.reason());
            return document;
        }

        private static void putIfPresent(Document document, String key, Object value) {
            if (value != null) {
                document.put(key, value);
            }
        }

        private static Date date(Instant instant) {
            return instant == null ? null : Date.from(instant);
        }
    }

    @ReadingConverter
    enum Reading implements Converter<Document, Nomination> {
        INSTANCE;

        @Override
        public Nomination convert(Document document) {
            String status = document.getString("status");
            Number waitlistSequence = document.get("waitlistSequence", Number.class);
            return new Nomination(document.getString("traineeId"), document.getString("nominatingAgencyId"),
                    document.getString("fullName"), document.getString("position"), document.getString("unit"),
                    status == null ? null : NominationStatus.valueOf(status),
                    waitlistSequence == null ? 0 : waitlistSequence.longValue(),
                    instant(document.getDate("nominatedAt")), instant(document.getDate("updatedAt")),
                    document.getString("reason"));
        }

        private static Instant instant(Date date) {
            return date == null ? null : date.toInstant();
        }
    }
}
