package org.trainingplatform.events;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class EventContractTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    static List<Record> samples() {
        return EventSamples.all();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyEventSerialisesToJsonValidAgainstItsSchemaAndParsesBack(Record event) throws IOException {
        EventDescriptor descriptor = EventCatalogue.of(event.getClass());
        String json = JSON.writeValueAsString(event);

        assertThat(schemaOf(descriptor).validate(json, InputFormat.JSON)).as(json).isEmpty();
        assertThat(JSON.readValue(json, event.getClass())).isEqualTo(event);
    }

    @Test
    void thereIsASampleForEveryCatalogueType() {
        assertThat(samples().stream().map(Object::getClass).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(EventCatalogue.all().stream().map(EventDescriptor::recordType).toList());
    }

    @Test
    void everyAnnotatedRecordIsInTheCatalogue() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(IntegrationEvent.class));
        Set<String> annotated = scanner.findCandidateComponents("org.trainingplatform.events").stream()
                .map(BeanDefinition::getBeanClassName).collect(Collectors.toSet());

        assertThat(EventCatalogue.all().stream().map(d -> d.recordType().getName()))
                .containsExactlyInAnyOrderElementsOf(annotated);
    }

    @Test
    void everyTypeNamesItsOwnerKeyAndSubjectAmongItsComponents() {
        for (EventDescriptor descriptor : EventCatalogue.all()) {
            Set<String> components = Arrays.stream(descriptor.recordType().getRecordComponents())
                    .map(c -> c.getName()).collect(Collectors.toSet());
            assertThat(components).as(descriptor.type())
                    .contains(EventDescriptor.AGENCY_COMPONENT, descriptor.keyComponent(), descriptor.subjectComponent());
            assertThat(descriptor.type()).matches("org\\.trainingplatform\\.[a-z]+\\.[a-z]+(-[a-z]+)*\\.v[0-9]+");
        }
    }

    @Test
    void typesAreUnique() {
        assertThat(EventCatalogue.all().stream().map(EventDescriptor::type)).doesNotHaveDuplicates();
    }

    private static Schema schemaOf(EventDescriptor descriptor) throws IOException {
        try (InputStream in = EventContractTest.class.getClassLoader().getResourceAsStream(descriptor.schemaResource())) {
            assertThat(in).as("schema " + descriptor.schemaResource()).isNotNull();
            Schema schema = SCHEMAS.getSchema(in);
            assertThat(JSON.readTree(EventContractTest.class.getClassLoader()
                    .getResourceAsStream(descriptor.schemaResource())).get("$id").asString())
                    .isEqualTo(descriptor.dataschema());
            return schema;
        }
    }
}
