package org.trainingplatform.notification.channel;

import org.springframework.data.mongodb.repository.MongoRepository;

interface AgencyChannelsRepository extends MongoRepository<AgencyChannels, String> {
}
