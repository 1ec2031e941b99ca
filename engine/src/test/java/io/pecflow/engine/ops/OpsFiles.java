package io.pecflow.engine.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.json.JsonMapper;

/**
 * The files of {@code docker/} and {@code deploy/}, read as plain maps and lists, and the few
 * facts of the build they must agree with.
 */
final class OpsFiles {

    /** Maven runs the tests in the module's directory; an IDE may run them in the repository's. */
    static final Path ROOT = Files.isDirectory(Path.of("..", "docker")) ? Path.of("..") : Path.of(".");
    static final Path DOCKER = ROOT.resolve("docker");
    static final Path DEPLOY = ROOT.resolve("deploy");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private OpsFiles() {
    }

    /** @return every YAML and JSON file under docker/ and deploy/ */
    static List<Path> yamlAndJson() {
        try (Stream<Path> docker = Files.walk(DOCKER); Stream<Path> deploy = Files.walk(DEPLOY)) {
            return Stream.concat(docker, deploy).filter(Files::isRegularFile)
                    .filter(file -> file.toString().matches(".*\\.(ya?ml|json)$")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the documents of a YAML file (several where it has {@code ---}) */
    static List<Object> yamlDocuments(Path file) {
        List<Object> documents = new ArrayList<>();
        new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(text(file)).forEach(documents::add);
        return documents;
    }

    /** @return the one document of a YAML file, as a map */
    static Map<String, Object> yaml(Path file) {
        List<Object> documents = yamlDocuments(file);
        if (documents.size() != 1 || !(documents.getFirst() instanceof Map<?, ?>)) {
            throw new AssertionError(file + " should hold one YAML mapping");
        }
        return map(documents.getFirst());
    }

    /** @return a JSON file as maps and lists */
    static Object json(Path file) {
        return JSON.readValue(text(file), Object.class);
    }

    static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the value at a path of keys and list indexes, e.g. {@code at(doc, "spec", "template")} */
    static Object at(Object node, Object... path) {
        Object current = node;
        for (Object step : path) {
            if (step instanceof Integer index && current instanceof List<?> list && index < list.size()) {
                current = list.get(index);
            } else if (step instanceof String key && current instanceof Map<?, ?> map && map.containsKey(key)) {
                current = map.get(key);
            } else {
                throw new AssertionError("nothing at " + step + " of " + List.of(path) + " in " + node);
            }
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node) {
        if (!(node instanceof Map<?, ?>)) {
            throw new AssertionError("not a mapping: " + node);
        }
        return (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object node) {
        if (!(node instanceof List<?>)) {
            throw new AssertionError("not a list: " + node);
        }
        return (List<Object>) node;
    }

    /** @return the list element whose {@code key} is {@code value} */
    static Map<String, Object> named(Object list, String key, String value) {
        return list(list).stream().map(OpsFiles::map).filter(element -> value.equals(element.get(key))).findFirst()
                .orElseThrow(() -> new AssertionError("no element with " + key + "=" + value + " in " + list));
    }

    /** @return the project's version, of every image */
    static String projectVersion() {
        return group(text(ROOT.resolve("pom.xml")), "<artifactId>pecflow-parent</artifactId>\\s*<version>([^<]+)</version>");
    }

    /** @return the Kafka version the project builds with, of the broker image too */
    static String kafkaVersion() {
        return group(text(ROOT.resolve("pom.xml")), "<kafka\\.version>([^<]+)</kafka\\.version>");
    }

    static String group(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("no match of " + regex);
        }
        return matcher.group(1);
    }

    /** @return the lines of a Dockerfile that start with the instruction, without it */
    static List<String> instructions(Path dockerfile, String instruction) {
        return text(dockerfile).lines().filter(line -> line.startsWith(instruction + " "))
                .map(line -> line.substring(instruction.length() + 1).strip()).toList();
    }

    /** @return the words of an exec-form instruction such as {@code ENTRYPOINT ["java", "-jar"]} */
    static List<String> execForm(String arguments) {
        return list(JSON.readValue(arguments, Object.class)).stream().map(String::valueOf).toList();
    }
}
