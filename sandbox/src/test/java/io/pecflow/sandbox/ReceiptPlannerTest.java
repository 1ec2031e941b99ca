package io.pecflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReceiptPlannerTest {

    static final Instant T0 = Instant.parse("2020-08-26T08:00:34Z");
    final ReceiptPlanner planner = new ReceiptPlanner(Duration.ofSeconds(1), Duration.ofSeconds(2));

    private ReceiptPlanner.Plan plan(String... recipients) {
        return planner.plan(new Sending("c1", "a@pecmassiva.com", List.of(recipients), "S", "B", 1, T0));
    }

    @ParameterizedTest
    @CsvSource({"mario@example.it,DELIVERED", "mario+Bounce@example.it,BOUNCE", "x+late@example.it,LATE",
        "x+silent@example.it,SILENT", "x+virus@example.it,VIRUS", "x+REFUSED@example.it,REFUSED",
        "x+other@example.it,DELIVERED", "plain+bounce.not.local@example.it,BOUNCE"})
    void shouldChooseTheOutcomeByTheLocalPart(String recipient, ReceiptPlanner.Outcome outcome) {
        assertThat(ReceiptPlanner.outcomeOf(recipient)).isEqualTo(outcome);
    }

    @Test
    void shouldNotReadTagsInTheDomain() {
        assertThat(ReceiptPlanner.outcomeOf("mario@x+bounce.example.it")).isEqualTo(ReceiptPlanner.Outcome.DELIVERED);
    }

    @Test
    void shouldPlanOneAcceptanceAndAnOutcomePerRecipient() {
        ReceiptPlanner.Plan plan = plan("a@example.it", "b+bounce@example.it", "c+late@example.it", "d+silent@example.it");

        assertThat(plan.forSender()).extracting(Receipt::kind).containsExactly(ReceiptKind.ACCEPTANCE,
                ReceiptKind.DELIVERY, ReceiptKind.NON_DELIVERY, ReceiptKind.DELIVERY_WARNING, ReceiptKind.DELIVERY_TIMEOUT);
        assertThat(plan.forSender()).extracting(Receipt::due).containsExactly(T0.plusSeconds(1), T0.plusSeconds(2),
                T0.plusSeconds(2), T0.plus(Duration.ofHours(12)), T0.plus(Duration.ofHours(24)));
        assertThat(plan.envelopes()).singleElement().extracting(Receipt::concerns).isEqualTo("a@example.it");
    }

    @Test
    void shouldRefuseTheWholeSendingForOneRefusedRecipient() {
        ReceiptPlanner.Plan plan = plan("a@example.it", "b+refused@example.it");

        assertThat(plan.forSender()).extracting(Receipt::kind).containsExactly(ReceiptKind.NON_ACCEPTANCE);
        assertThat(plan.envelopes()).isEmpty();
    }
}
