package org.trainingplatform.support.testing;

import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

import java.util.List;

/** Spring Data's mapping of aggregates to documents, without a database: for tests of the stored layout. */
public final class DocumentMapping {

    private DocumentMapping() {
    }

    public static MappingMongoConverter generic() {
        return with(new MongoCustomConversions(List.of()));
    }

    public static MappingMongoConverter with(MongoCustomConversions conversions) {
        MongoMappingContext context = new MongoMappingContext();
        context.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
        context.afterPropertiesSet();
        MappingMongoConverter converter = new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, context);
        converter.setCustomConversions(conversions);
        converter.afterPropertiesSet();
        return converter;
    }
}
