package io.pecflow.cli.config;

import io.pecflow.cli.CliContext;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options every command takes: {@code --config}, {@code --verbose}, {@code --json}. A picocli mixin. */
public final class CommonOptions {

    @Option(names = "--config", paramLabel = "<file>",
            description = "A properties file of settings (spring.kafka.bootstrap-servers, pecflow.pec-api.url, ...,"
                    + " spring.kafka.properties.* for the Kafka clients); options and environment variables win.")
    private Path config;

    @Option(names = {"-v", "--verbose"}, description = "Say which settings are used and where they come from"
            + " (secrets masked).")
    private boolean verbose;

    @Option(names = "--json", description = "Write the result as JSON, for scripts.")
    private boolean json;

    /** @return the settings of this run: environment and {@code --config} file */
    public Settings settings(CliContext context) {
        return Settings.load(context.env(), Optional.ofNullable(config));
    }

    public boolean verbose() {
        return verbose;
    }

    public boolean json() {
        return json;
    }
}
