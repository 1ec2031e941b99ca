package io.pecflow.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The engine's domain knows neither Kafka, nor Spring, nor HTTP, nor the system clock. */
class ArchitectureTest {

    private static final String[] DOMAIN = {"io.pecflow.engine.job..", "io.pecflow.engine.event..",
        "io.pecflow.engine.ledger..", "io.pecflow.engine.ratelimit..", "io.pecflow.engine.dispatch..",
        "io.pecflow.engine.receipt..", "io.pecflow.engine.offset..", "io.pecflow.engine.resolve..",
        "io.pecflow.engine.calls.."};

    private final JavaClasses engine = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.pecflow.engine");

    @Test
    void shouldKeepKafkaSpringAndHttpOutOfTheDomain() {
        noClasses().that().resideInAnyPackage(DOMAIN).should().dependOnClassesThat()
                .resideInAnyPackage("org.apache.kafka..", "org.springframework..", "java.net.http..",
                        "com.sun.net.httpserver..")
                .check(engine);
    }

    @Test
    void shouldTakeTimeOnlyFromTheEngineClock() {
        noClasses().that().resideInAnyPackage(DOMAIN).should().callMethod(Instant.class, "now")
                .orShould().callMethod(System.class, "nanoTime")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .check(engine);
    }
}
