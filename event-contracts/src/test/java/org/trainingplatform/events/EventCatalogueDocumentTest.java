package org.trainingplatform.events;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Keeps docs/events.md true: every event type has an entry with its topic, key and fields, and nothing else is listed. */
class EventCatalogueDocumentTest {

    private static final Path CATALOGUE = Path.of("..", "docs", "events.md");
    private static final Pattern ENTRY = Pattern.compile("(?m)^### (org\\.trainingplatform\\.\\S+)$");

    @Test
    void everyEventTypeHasAnEntryNamingItsTopicKeyAndFields() throws IOException {
        String document = Files.readString(CATALOGUE);
        for (EventDescriptor descriptor : EventCatalogue.all()) {
            String entry = entry(document, descriptor.type());
            assertThat(entry).as(descriptor.type() + " in " + CATALOGUE)
                    .contains("Topic: `" + descriptor.topic() + "`", "Key: `" + descriptor.keyComponent() + "`",
                            "Subject: `" + descriptor.subjectComponent() + "`", descriptor.schemaResource().substring(8),
                            "Consumers:");
            Arrays.stream(descriptor.recordType().getRecordComponents()).forEach(component ->
                    assertThat(entry).as(descriptor.type() + " field " + component.getName())
                            .contains("| `" + component.getName() + "` |"));
        }
    }

    @Test
    void theCatalogueListsNoTypeThatDoesNotExist() throws IOException {
        Matcher entries = ENTRY.matcher(Files.readString(CATALOGUE));
        while (entries.find()) {
            assertThat(EventCatalogue.ofType(entries.group(1))).as(entries.group(1)).isPresent();
        }
    }

    private static String entry(String document, String type) {
        int start = document.indexOf("### " + type + "\n");
        assertThat(start).as("an entry for " + type + " in " + CATALOGUE).isNotNegative();
        int next = document.indexOf("\n### ", start + 1);
        int section = document.indexOf("\n## ", start + 1);
        int end = Math.min(next < 0 ? document.length() : next, section < 0 ? document.length() : section);
        return document.substring(start, end);
    }
}
