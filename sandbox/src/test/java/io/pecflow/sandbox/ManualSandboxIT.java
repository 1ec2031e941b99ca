package io.pecflow.sandbox;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Test kit for the sandbox's HTTP tests: one sandbox per test class on a free port, driven by a
 * manual clock, reset before every test. A subclass starts it from its own {@code @BeforeAll}
 * with {@link #startSandbox(SandboxOptions.Builder)}.
 */
abstract class ManualSandboxIT {

    /** The mailbox most tests send from, with password {@code pw-a}. */
    static final String A = "a@pecmassiva.com";

    static SandboxClock clock;
    static PecMassivaSandbox sandbox;
    static SandboxHttp http;

    /** Starts the sandbox with the given options and token, and a manual clock at {@link SendApiIT#START}. */
    static void startSandbox(SandboxOptions.Builder options, String token) {
        clock = SandboxClock.manual(SendApiIT.START);
        sandbox = PecMassivaSandbox.start(options.token(token).clock(clock).build());
        http = new SandboxHttp(sandbox.baseUrl(), token);
    }

    /** Starts the sandbox with mailbox {@link #A} alone and token "t". */
    static void startWithMailboxA() {
        startSandbox(SandboxOptions.builder().mailbox(A, "pw-a", MailboxPlan.STANDARD), "t");
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @BeforeEach
    void resetSandbox() {
        sandbox.reset();
        clock.advance(Duration.ofSeconds(2)); // every test starts clear of the previous one's rate interval
    }
}
