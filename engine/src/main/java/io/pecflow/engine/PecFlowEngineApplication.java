package io.pecflow.engine;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The PecFlow engine: consumes send jobs from Kafka, sends them through the PEC Massiva API, follows
 * every message to its final receipt and publishes what happened as events on Kafka. Serves
 * {@code /actuator/health} and {@code /actuator/prometheus}.
 */
@SpringBootApplication
public class PecFlowEngineApplication {

    public static void main(String[] args) {
        SpringApplication.run(PecFlowEngineApplication.class, args);
    }
}
