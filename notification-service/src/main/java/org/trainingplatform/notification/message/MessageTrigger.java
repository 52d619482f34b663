package org.trainingplatform.notification.message;

import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.stereotype.Component;

/** Sets the message's lane to work as soon as the message is queued, rather than at the next poll. */
@Component
class MessageTrigger extends AbstractMongoEventListener<Message> {

    private final Dispatcher dispatcher;

    MessageTrigger(Dispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public void onAfterSave(AfterSaveEvent<Message> event) {
        if (event.getSource().status() == MessageStatus.PENDING) {
            dispatcher.wake(event.getSource().lane());
        }
    }
}
