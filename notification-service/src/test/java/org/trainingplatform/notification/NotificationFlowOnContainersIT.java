package org.trainingplatform.notification;

import org.trainingplatform.support.testing.OnTestcontainers;

/** The same scenarios against Kafka and MongoDB containers, wherever Docker is available. */
@OnTestcontainers
class NotificationFlowOnContainersIT extends NotificationFlowIT {
}
