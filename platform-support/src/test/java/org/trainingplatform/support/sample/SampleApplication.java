package org.trainingplatform.support.sample;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.trainingplatform.support.testing.StoreCommands;

/** A minimal service built on the platform support, to test the building blocks end to end. */
@SpringBootApplication
public class SampleApplication {

    @Bean
    StoreCommands storeCommands() {
        return new StoreCommands();
    }

    @Bean
    MongoClientSettingsBuilderCustomizer storeCommandsListened(StoreCommands storeCommands) {
        return settings -> settings.addCommandListener(storeCommands);
    }
}
