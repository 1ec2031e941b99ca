package io.pecflow.cli.config;

import io.pecflow.adapter.pec.PecApiConfig;
import io.pecflow.adapter.trovapec.TrovaPecConfig;
import java.util.Locale;
import java.util.Optional;

/**
 * Every setting of the command line, named like the engine's properties. Each is read from its
 * option, else from its environment variable (the property upper-cased, {@code .} and {@code -}
 * turned into {@code _}, as Spring Boot binds them), else from the {@code --config} file (the
 * property itself), else its default.
 */
public enum Setting {
    BOOTSTRAP_SERVERS("spring.kafka.bootstrap-servers", "localhost:9092", false),
    JOBS_TOPIC("pecflow.topics.jobs", "pecflow.jobs", false),
    EVENTS_TOPIC("pecflow.topics.events", "pecflow.events", false),
    /** The engine's PEC Massiva token; the PEC API token when that is not given (one token serves both at the sandbox). */
    PROVIDER_TOKEN("pecflow.provider.token", null, true),
    PEC_API_URL("pecflow.pec-api.url", PecApiConfig.PRODUCTION_URL.toString(), false),
    PEC_API_TOKEN("pecflow.pec-api.token", null, true),
    TROVAPEC_URL("pecflow.trovapec.url", TrovaPecConfig.DEFAULT_URL.toString(), false),
    TROVAPEC_KEY("pecflow.trovapec.key", null, true);

    private final String property;
    private final String defaultValue;
    private final boolean secret;

    Setting(String property, String defaultValue, boolean secret) {
        this.property = property;
        this.defaultValue = defaultValue;
        this.secret = secret;
    }

    /** @return the key in a {@code --config} file */
    public String property() {
        return property;
    }

    /** @return the environment variable, e.g. {@code SPRING_KAFKA_BOOTSTRAP_SERVERS} */
    public String envName() {
        return property.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
    }

    public Optional<String> defaultValue() {
        return Optional.ofNullable(defaultValue);
    }

    /** @return true for a token or key: never printed */
    public boolean secret() {
        return secret;
    }
}
