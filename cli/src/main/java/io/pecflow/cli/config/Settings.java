package io.pecflow.cli.config;

import io.pecflow.cli.CliException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Resolves {@link Setting}s the way Spring Boot orders its sources: the command-line option,
 * then the environment variable, then the {@code --config} properties file, then the default.
 * Remembers what it resolved so that {@code --verbose} can list it, secrets masked. Used by one
 * command on one thread.
 */
public final class Settings {

    /** Keys of the config file passed to the Kafka clients as they are, without this prefix. */
    public static final String KAFKA_PREFIX = "spring.kafka.properties.";
    private static final String MASK = "***";

    private final Map<String, String> env;
    private final Properties file;
    private final List<String> used = new ArrayList<>();

    private Settings(Map<String, String> env, Properties file) {
        this.env = Map.copyOf(env);
        this.file = file;
    }

    /**
     * @param configFile the {@code --config} file, if given
     * @throws CliException when the file cannot be read
     */
    public static Settings load(Map<String, String> env, Optional<Path> configFile) {
        Properties file = new Properties();
        if (configFile.isPresent()) {
            try (Reader reader = Files.newBufferedReader(configFile.get(), StandardCharsets.UTF_8)) {
                file.load(reader);
            } catch (IOException | IllegalArgumentException unreadable) {
                throw CliException.usage("cannot read the config file " + configFile.get() + ": "
                        + unreadable.getClass().getSimpleName());
            }
        }
        return new Settings(env, file);
    }

    /**
     * @param option the option's value, null when not given (a blank value counts as not given)
     * @return the value from the first source that has one, or empty
     */
    public Optional<String> value(Setting setting, String option) {
        Optional<Resolved> resolved = resolve(setting, option);
        resolved.ifPresent(found -> used.add(setting.property() + " = "
                + (setting.secret() ? MASK : found.value()) + "  (" + found.source() + ")"));
        return resolved.map(Resolved::value);
    }

    /** @return the value, or a usage error that says every way of giving it */
    public String required(Setting setting, String option, String optionName) {
        return value(setting, option).orElseThrow(() -> CliException.usage("no " + setting.property() + ": give "
                + optionName + ", or set " + setting.envName() + ", or " + setting.property() + " in --config"));
    }

    /** @return the config file's {@code spring.kafka.properties.*} entries, without the prefix */
    public Map<String, String> kafkaClientProperties() {
        Map<String, String> properties = new TreeMap<>();
        file.stringPropertyNames().stream().filter(key -> key.startsWith(KAFKA_PREFIX))
                .forEach(key -> properties.put(key.substring(KAFKA_PREFIX.length()), file.getProperty(key)));
        if (!properties.isEmpty()) {
            used.add("Kafka client properties from --config: " + String.join(", ", properties.keySet())
                    + "  (values not shown)");
        }
        return properties;
    }

    /** Writes what was resolved so far, one setting a line, secrets masked. */
    public void printUsed(PrintWriter writer) {
        used.forEach(line -> writer.println("setting " + line));
        writer.flush();
    }

    private Optional<Resolved> resolve(Setting setting, String option) {
        if (option != null && !option.isBlank()) {
            return Optional.of(new Resolved(option.strip(), "option"));
        }
        String fromEnv = env.get(setting.envName());
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Optional.of(new Resolved(fromEnv.strip(), "env " + setting.envName()));
        }
        String fromFile = file.getProperty(setting.property());
        if (fromFile != null && !fromFile.isBlank()) {
            return Optional.of(new Resolved(fromFile.strip(), "config file"));
        }
        return setting.defaultValue().map(value -> new Resolved(value, "default"));
    }

    private record Resolved(String value, String source) {
    }
}
