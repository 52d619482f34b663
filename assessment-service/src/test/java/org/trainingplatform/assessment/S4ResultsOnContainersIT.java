package org.trainingplatform.assessment;

import org.trainingplatform.support.testing.OnTestcontainers;

/** The same scenarios against Kafka and MongoDB containers, wherever Docker is available. */
@OnTestcontainers
class S4ResultsOnContainersIT extends S4ResultsIT {
}
