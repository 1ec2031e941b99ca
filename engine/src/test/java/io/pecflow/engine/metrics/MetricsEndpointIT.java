package io.pecflow.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pecflow.engine.event.EventType;
import io.pecflow.engine.event.JobEvent;
import io.pecflow.engine.testkit.EngineHarness;
import io.pecflow.engine.testkit.Jobs;
import io.pecflow.sandbox.MailboxPlan;
import io.pecflow.sandbox.SandboxOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** The Prometheus scrape and the health endpoint after a small campaign, read over HTTP as Prometheus would. */
class MetricsEndpointIT {

    private static final String BOX = "box@pecmassiva.com";

    private final HttpClient http = HttpClient.newHttpClient();
    private EngineHarness harness;

    @AfterEach
    void stop() throws Exception {
        if (harness != null) {
            harness.close();
        }
    }

    @Test
    void shouldExportWhatHappenedAsPrometheusSeriesWithTheRightValues() throws Exception {
        harness = new EngineHarness(SandboxOptions.builder());
        harness.mailbox(BOX, "pw-box", MailboxPlan.STANDARD, "");
        ConfigurableApplicationContext engine = harness.startEngine("e1");
        harness.publish(Jobs.aJob("m-1", BOX, "anna@example.it"));
        harness.publish(Jobs.aJob("m-2", BOX, "bruno+bounce@example.it"));
        harness.publish(Jobs.aJob("m-1", BOX, "anna@example.it"));
        harness.publish("{\"jobId\":\"bad-1\",\"mailbox\":\"" + BOX + "\"}");
        harness.publish("not json at all");

        await().atMost(Duration.ofSeconds(60)).until(() -> harness.events().ofType(EventType.SETTLED).stream()
                .map(JobEvent::jobId).collect(Collectors.toSet()).containsAll(Set.of("m-1", "m-2")));
        String port = engine.getEnvironment().getProperty("local.server.port");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            String scrape = get("http://localhost:" + port + "/actuator/prometheus");
            assertThat(value(scrape, "pec_jobs_in_total", "outcome=\"accepted\"")).isEqualTo(3);
            assertThat(value(scrape, "pec_jobs_in_total", "outcome=\"rejected\"")).isEqualTo(1);
            assertThat(value(scrape, "pec_jobs_in_total", "outcome=\"duplicate\"")).isEqualTo(1);
            assertThat(value(scrape, "pec_jobs_in_total", "outcome=\"dead_lettered\"")).isEqualTo(1);
            assertThat(value(scrape, "pec_sends_total", "mailbox=\"" + BOX + "\",outcome=\"submitted\"")).isEqualTo(2);
            assertThat(value(scrape, "pec_receipts_total", "kind=\"DELIVERED\",mailbox=\"" + BOX + "\"")).isEqualTo(1);
            assertThat(value(scrape, "pec_receipts_total", "kind=\"NOT_DELIVERED\",mailbox=\"" + BOX + "\"")).isEqualTo(1);
            assertThat(value(scrape, "pec_delivery_time_seconds_count", "mailbox=\"" + BOX + "\"")).isEqualTo(1);
            assertThat(value(scrape, "pec_receipts_awaiting", "")).isZero();
            assertThat(value(scrape, "pec_quota_used", "mailbox=\"" + BOX + "\",period=\"day\"")).isEqualTo(2);
            assertThat(value(scrape, "pec_quota_remaining", "mailbox=\"" + BOX + "\",period=\"day\"")).isEqualTo(3_498);
            assertThat(value(scrape, "pec_backlog", "mailbox=\"" + BOX + "\",state=\"ready\"")).isZero();
            assertThat(value(scrape, "pec_provider_calls_seconds_count", "call=\"send\",outcome=\"sent\"")).isEqualTo(2);
            assertThat(value(scrape, "pec_pacing_wait_seconds_count", "mailbox=\"" + BOX + "\"")).isEqualTo(2);
            assertThat(value(scrape, "pec_mailboxes_suspended", "")).isZero();
            assertThat(scrape).contains("kafka_consumer_fetch_manager_records_lag_max");
        });
        String health = get("http://localhost:" + port + "/actuator/health");
        assertThat(health).contains("\"status\":\"UP\"").contains("\"kafka\":{").contains("\"provider\":{")
                .contains("\"suspendedMailboxes\":[]");
        assertThat(get("http://localhost:" + port + "/actuator/health/readiness")).contains("\"status\":\"UP\"");
        assertThat(get("http://localhost:" + port + "/actuator/prometheus")).doesNotContain("pw-box", EngineHarness.TOKEN);
    }

    private String get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** The value of the one series with these labels (in Prometheus' sorted order, application tag aside). */
    private static double value(String scrape, String name, String labels) {
        Pattern line = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{([^}]*)\\} (\\S+)$");
        Matcher matcher = line.matcher(scrape);
        while (matcher.find()) {
            String found = matcher.group(1).replaceAll("application=\"[^\"]*\",?", "").replaceAll(",$", "");
            if (found.equals(labels)) {
                return Double.parseDouble(matcher.group(2));
            }
        }
        throw new AssertionError("no series " + name + "{" + labels + "} in the scrape");
    }
}
