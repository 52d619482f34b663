package org.trainingplatform.support.sample;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A minimal service built on the platform support, to test the building blocks end to end. */
@SpringBootApplication
public class SampleApplication {
}
