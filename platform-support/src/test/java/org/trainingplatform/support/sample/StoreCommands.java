package org.trainingplatform.support.sample;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonDocument;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/** The commands the sample sends to the store, as the driver sends them. */
final class StoreCommands implements CommandListener {

    private record Command(String name, String collection, String text) {
    }

    private final Queue<Command> commands = new ConcurrentLinkedQueue<>();

    @Override
    public void commandStarted(CommandStartedEvent event) {
        BsonDocument command = event.getCommand();
        if (command.isString(event.getCommandName())) {
            commands.add(new Command(event.getCommandName(), command.getString(event.getCommandName()).getValue(),
                    command.toJson()));
        }
    }

    /** How many queries of the collection read {@code field} of the document {@code id}. */
    long reading(String collection, String field, Object id) {
        return commands.stream().filter(command -> command.name().equals("find") && command.collection().equals(collection)
                && command.text().contains("\"projection\": {\"" + field) && command.text().contains(id.toString())).count();
    }

    /** How many updates of the collection pulled from an array of the document {@code id}. */
    long pulling(String collection, Object id) {
        return commands.stream().filter(command -> command.name().equals("update") && command.collection().equals(collection)
                && command.text().contains("$pull") && command.text().contains(id.toString())).count();
    }
}
