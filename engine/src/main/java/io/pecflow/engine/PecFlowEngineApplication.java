package io.pecflow.engine;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The PecFlow engine: consumes send jobs from Kafka and sends them through the PEC Massiva API.
 * For now a shell that only boots; the dispatch lands with the engine issue.
 */
@SpringBootApplication
public class PecFlowEngineApplication {

    public static void main(String[] args) {
        SpringApplication.run(PecFlowEngineApplication.class, args);
    }
}
