package io.pecflow.engine.ops;

import io.pecflow.engine.config.MailboxProperties;
import io.pecflow.engine.config.PecFlowProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URL;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.json.JsonMapper;

/**
 * The configuration properties the engine knows: every {@code pecflow.*} from
 * {@link PecFlowProperties} and every Spring Boot property from the metadata of the jars on the
 * class path. Tells whether a property, or an environment variable, names one of them.
 */
final class KnownProperties {

    private final Set<String> names;
    /** Properties of type Map: any key below them is theirs. */
    private final Set<String> mapPrefixes;

    private KnownProperties(Set<String> names, Set<String> mapPrefixes) {
        this.names = names;
        this.mapPrefixes = mapPrefixes;
    }

    static KnownProperties load() {
        Set<String> names = new TreeSet<>();
        Set<String> maps = new TreeSet<>();
        addRecord("pecflow", PecFlowProperties.class, names);
        JsonMapper json = JsonMapper.builder().build();
        for (String resource : List.of("META-INF/spring-configuration-metadata.json",
                "META-INF/additional-spring-configuration-metadata.json")) {
            for (URL url : resources(resource)) {
                try (InputStream in = url.openStream()) {
                    Object properties = OpsFiles.map(json.readValue(in, Object.class)).get("properties");
                    for (Object property : properties == null ? List.of() : OpsFiles.list(properties)) {
                        Map<String, Object> described = OpsFiles.map(property);
                        String name = String.valueOf(described.get("name"));
                        names.add(name);
                        if (String.valueOf(described.get("type")).startsWith("java.util.Map")) {
                            maps.add(name);
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return new KnownProperties(Set.copyOf(names), Set.copyOf(maps));
    }

    private static List<URL> resources(String name) {
        try {
            return Collections.list(KnownProperties.class.getClassLoader().getResources(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds the properties of a configuration record: nested records and lists of them are walked. */
    private static void addRecord(String prefix, Class<?> type, Set<String> names) {
        for (RecordComponent component : type.getRecordComponents()) {
            String name = prefix + "." + kebab(component.getName());
            Type generic = component.getGenericType();
            if (component.getType().isRecord() && isConfiguration(component.getType())) {
                addRecord(name, component.getType(), names);
            } else if (generic instanceof ParameterizedType list && component.getType() == List.class
                    && list.getActualTypeArguments()[0] instanceof Class<?> element && isConfiguration(element)) {
                addRecord(name + "[*]", element, names);
            } else {
                names.add(name);
            }
        }
    }

    private static boolean isConfiguration(Class<?> type) {
        return type.getName().startsWith(PecFlowProperties.class.getPackageName()) || type == MailboxProperties.class;
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** @return the {@code pecflow.*} properties, list elements written {@code [*]} */
    Set<String> pecflow() {
        Set<String> pecflow = new TreeSet<>();
        names.stream().filter(name -> name.startsWith("pecflow.")).forEach(pecflow::add);
        return pecflow;
    }

    /** @return whether {@code property} (indexes such as {@code [0]} allowed) is a known property */
    boolean knows(String property) {
        String name = property.replaceAll("\\[\\d+]", "[*]");
        return names.contains(name) || mapPrefixes.stream().anyMatch(map -> name.startsWith(map + "."))
                // a list property may be given element by element
                || name.endsWith("[*]") && names.contains(name.substring(0, name.length() - 3));
    }

    /**
     * @return whether an environment variable binds a known property, by Spring's rules: upper
     * case, dots and list indexes as underscores, dashes dropped (or, the older form, underscores)
     */
    boolean knowsVariable(String variable) {
        String wanted = variable.replaceAll("_\\d+(?=_|$)", "_*");
        Set<String> forms = new HashSet<>();
        for (String name : names) {
            String upper = name.replace("[*]", "_*").replace('.', '_').toUpperCase(Locale.ROOT);
            forms.add(upper.replace("-", ""));
            forms.add(upper.replace('-', '_'));
        }
        return forms.contains(wanted);
    }
}
