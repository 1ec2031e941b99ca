package io.pecflow.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * Creates picocli's command objects by constructor injection: a class with a constructor taking
 * a {@link CliContext} gets this run's context; any other (mixins, converters) picocli's default
 * way.
 */
final class CliFactory implements IFactory {

    private final CliContext context;
    private final IFactory fallback = CommandLine.defaultFactory();

    CliFactory(CliContext context) {
        this.context = context;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        Constructor<K> constructor;
        try {
            constructor = type.getDeclaredConstructor(CliContext.class);
        } catch (NoSuchMethodException noContext) {
            return fallback.create(type);
        }
        constructor.setAccessible(true);
        return constructor.newInstance(context);
    }
}
