package org.trainingplatform.support.inbox;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.trainingplatform.events.EventDescriptor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Checks consumed payloads against the JSON Schemas published in the event contracts. */
class EventSchemas {

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    /** The schema violations of a payload, empty if it is valid. */
    String violations(EventDescriptor descriptor, String json) {
        List<Error> errors = schemas.computeIfAbsent(descriptor.type(), type -> load(descriptor))
                .validate(json, InputFormat.JSON);
        return errors.stream().limit(5).map(Error::toString).collect(Collectors.joining("; "));
    }

    private Schema load(EventDescriptor descriptor) {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(descriptor.schemaResource())) {
            if (in == null) {
                throw new IllegalStateException("No schema " + descriptor.schemaResource());
            }
            return registry.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
