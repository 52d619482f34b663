package org.trainingplatform.support.testing;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonDocument;

import java.util.Collection;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/** The commands a service sends to the store, as the driver sends them: which command, on which collection, with what. */
public final class StoreCommands implements CommandListener {

    private record Command(String name, String collection, BsonDocument command) {
    }

    private final Queue<Command> commands = new ConcurrentLinkedQueue<>();

    @Override
    public void commandStarted(CommandStartedEvent event) {
        BsonDocument command = event.getCommand();
        if (command.isString(event.getCommandName())) {
            commands.add(new Command(event.getCommandName(), command.getString(event.getCommandName()).getValue(),
                    command.clone()));
        }
    }

    /** How many queries of the collection mentioned {@code value} in their filter. */
    public long finding(String collection, Object value) {
        return commands.stream().filter(command -> command.name().equals("find") && command.collection().equals(collection)
                && String.valueOf(command.command().get("filter")).contains(value.toString())).count();
    }

    /** How many queries of the collection read {@code field} of the document {@code id}. */
    public long reading(String collection, String field, Object id) {
        return commands.stream().filter(command -> command.name().equals("find") && command.collection().equals(collection)
                && String.valueOf(command.command().get("filter")).contains(id.toString())
                && String.valueOf(command.command().get("projection")).contains(field)).count();
    }

    /** How many updates of the collection pulled from an array of the document {@code id}. */
    public long pulling(String collection, Object id) {
        return pullingFromAny(collection, List.of(id));
    }

    /** How many updates of the collection pulled from an array of any of the documents {@code ids}. */
    public long pullingFromAny(String collection, Collection<?> ids) {
        return commands.stream().filter(command -> command.name().equals("update") && command.collection().equals(collection))
                .map(command -> command.command().toJson())
                .filter(json -> json.contains("$pull") && ids.stream().anyMatch(id -> json.contains(id.toString())))
                .count();
    }
}
