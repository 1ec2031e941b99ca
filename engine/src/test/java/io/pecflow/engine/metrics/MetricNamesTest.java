package io.pecflow.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricNamesTest {

    @Test
    void shouldListEveryMeterOfTheEngineInDocsMetrics() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "metrics.md"));
        List<String> names = Arrays.stream(MetricNames.class.getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .map(MetricNamesTest::value).toList();

        assertThat(names).hasSizeGreaterThan(10).allSatisfy(name -> assertThat(doc).contains("| `" + name + "` |"));
    }

    @Test
    void shouldNameEveryMeterUnderPec() {
        assertThat(Arrays.stream(MetricNames.class.getFields()).map(MetricNamesTest::value))
                .allSatisfy(name -> assertThat(name).startsWith("pec."));
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
