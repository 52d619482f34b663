package org.trainingplatform.notification;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/** The queries the service sends to the store, as the driver sends them: which collection, with which filter. */
final class StoreReads implements CommandListener {

    static final StoreReads LISTENER = new StoreReads();

    private record Read(String collection, String filter) {
    }

    private final Queue<Read> reads = new ConcurrentLinkedQueue<>();

    private StoreReads() {
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        if ("find".equals(event.getCommandName())) {
            reads.add(new Read(event.getCommand().getString("find").getValue(), String.valueOf(event.getCommand().get("filter"))));
        }
    }

    /** How many queries of the collection mentioned {@code value} in their filter since the service started. */
    long of(String collection, String value) {
        return reads.stream().filter(read -> read.collection().equals(collection) && read.filter().contains(value)).count();
    }
}
