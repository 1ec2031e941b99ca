package io.pecflow.engine.testkit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The engine's runnable jar in a process of its own, so a test can kill it without warning (SIGKILL). */
public final class EngineProcess implements AutoCloseable {

    private final Process process;

    private EngineProcess(Process process) {
        this.process = process;
    }

    public static EngineProcess start(Map<String, Object> properties, Path log) throws IOException {
        return start(properties, log, List.of("-Xmx256m"));
    }

    public static EngineProcess start(Map<String, Object> properties, Path log, List<String> jvmOptions)
            throws IOException {
        Path jar = Path.of("target", "pecflow-engine.jar");
        if (!jar.toFile().isFile()) {
            throw new IllegalStateException(jar.toAbsolutePath() + " is missing: run the tests with 'verify'");
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        return new EngineProcess(process);
    }

    /** Kills the process at once: no shutdown hooks, no graceful stop, nothing committed. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Sends SIGTERM, as Kubernetes does, and waits for the process to end. */
    public boolean terminate(java.time.Duration within) throws InterruptedException {
        process.destroy();
        return process.waitFor(within.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
