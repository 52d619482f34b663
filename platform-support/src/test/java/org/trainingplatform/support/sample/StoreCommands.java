package org.trainingplatform.support.sample;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonDocument;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/** The queries the sample sends to the store, as the driver sends them. */
final class StoreCommands implements CommandListener {

    private record Find(String collection, String filter, String projection) {
    }

    private final Queue<Find> finds = new ConcurrentLinkedQueue<>();

    @Override
    public void commandStarted(CommandStartedEvent event) {
        if ("find".equals(event.getCommandName())) {
            BsonDocument command = event.getCommand();
            finds.add(new Find(command.getString("find").getValue(), String.valueOf(command.get("filter")),
                    String.valueOf(command.get("projection"))));
        }
    }

    /** How many queries of the collection mentioned {@code value} in their filter and read {@code field}. */
    long reading(String collection, String field, String value) {
        return finds.stream().filter(find -> find.collection().equals(collection) && find.filter().contains(value)
                && find.projection().contains(field)).count();
    }
}
