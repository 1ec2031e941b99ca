package io.pecflow.sandbox;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The command line: {@code java -jar pecflow-sandbox.jar [options]} (see {@link SandboxOptions#usage()}).
 * Bad options print a message and exit with code 2; SIGTERM or Ctrl-C stop the server cleanly.
 */
public final class SandboxMain {

    /** The mailboxes used when no {@code --mailbox} is given. */
    public static final List<SandboxMailbox> DEMO_MAILBOXES = List.of(
            new SandboxMailbox("demo1@pecmassiva.com", "demo1-password", MailboxPlan.STANDARD),
            new SandboxMailbox("demo2@pecmassiva.com", "demo2-password", MailboxPlan.STANDARD),
            new SandboxMailbox("invii@pec.demo-flat.it", "flat-password", MailboxPlan.FLAT));

    private SandboxMain() {
    }

    /** What the command line came to. */
    sealed interface Launch {
        /** @param sandbox the running sandbox */
        record Started(PecMassivaSandbox sandbox) implements Launch {
        }

        /** @param code the process exit code */
        record Exit(int code) implements Launch {
        }
    }

    /**
     * Runs the sandbox until the process is stopped.
     *
     * @param args the options, see {@link SandboxOptions#usage()}
     * @throws InterruptedException if interrupted while running
     */
    public static void main(String[] args) throws InterruptedException {
        switch (launch(args, System.out, System.err)) {
            case Launch.Exit exit -> {
                if (exit.code() != 0) {
                    System.exit(exit.code());
                }
            }
            case Launch.Started started -> {
                CountDownLatch stopped = new CountDownLatch(1);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    started.sandbox().close();
                    System.out.println("PEC Massiva sandbox stopped");
                    stopped.countDown();
                }, "sandbox-shutdown"));
                stopped.await();
            }
        }
    }

    static Launch launch(String[] args, PrintStream out, PrintStream err) {
        if (SandboxOptions.helpRequested(args)) {
            out.print(SandboxOptions.usage());
            return new Launch.Exit(0);
        }
        SandboxOptions options;
        try {
            options = SandboxOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("pecflow-sandbox: " + e.getMessage());
            err.println("Run with --help to see the options.");
            return new Launch.Exit(2);
        }
        boolean demo = options.mailboxes().isEmpty();
        if (demo) {
            options = options.toBuilder().mailboxes(DEMO_MAILBOXES).build();
        }
        PecMassivaSandbox sandbox;
        try {
            sandbox = PecMassivaSandbox.start(options);
        } catch (RuntimeException e) {
            err.println("pecflow-sandbox: " + e.getMessage() + (e.getCause() == null ? "" : ": " + e.getCause().getMessage()));
            return new Launch.Exit(1);
        }
        printBanner(out, sandbox, demo);
        return new Launch.Started(sandbox);
    }

    private static void printBanner(PrintStream out, PecMassivaSandbox sandbox, boolean demo) {
        SandboxOptions o = sandbox.options();
        out.println(demo ? "Mailboxes (demo set; username = address):" : "Mailboxes (username = address):");
        for (SandboxMailbox m : o.mailboxes()) {
            out.println("  " + m.address() + "  password " + (demo ? m.password() : "(as given)") + "  plan " + m.plan().label());
        }
        // secrets given by the user are never printed; the well-known defaults are, to help a demo along
        out.println("Bearer token: " + shownSecret(o.token(), SandboxOptions.DEFAULT_TOKEN));
        out.println("Time scale: x" + o.timeScale() + (o.enforceLimits() ? "" : ", limits not enforced")
                + (o.receipts() ? "" : ", no receipts"));
        out.println("PEC API (same token): " + sandbox.baseUrl() + "/domini_pec, /verifica_pec, /pec, /comunica_pec");
        out.println("TrovaPEC: " + sandbox.baseUrl() + "/index_ws.php  key "
                + shownSecret(o.trovaPec().key(), TrovaPecSettings.DEFAULT_KEY));
        out.println("Referee: " + sandbox.baseUrl() + "/_sandbox/stats");
        out.println("PEC Massiva sandbox listening on " + sandbox.baseUrl());
        out.flush();
    }

    private static String shownSecret(String secret, String wellKnownDefault) {
        return secret.equals(wellKnownDefault) ? wellKnownDefault : "(as given)";
    }
}
