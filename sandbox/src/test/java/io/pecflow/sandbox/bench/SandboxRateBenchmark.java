package io.pecflow.sandbox.bench;

import org.junit.jupiter.api.Test;

/**
 * Runs the sandbox's load benchmark ({@link SandboxLoadBenchmark}) under the {@code bench} profile,
 * so that {@code ./mvnw -B verify -Pbench} runs every benchmark of the project. It prints; it asserts
 * nothing about speed.
 */
class SandboxRateBenchmark {

    @Test
    void postSendRateOfTheSandbox() throws Exception {
        SandboxLoadBenchmark.main(new String[] {"--mailboxes", "1000", "--concurrency", "200", "--seconds", "20",
                "--warmup-seconds", "5"});
    }
}
