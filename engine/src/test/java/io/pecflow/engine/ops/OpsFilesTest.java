package io.pecflow.engine.ops;

import static io.pecflow.engine.ops.OpsFiles.DEPLOY;
import static io.pecflow.engine.ops.OpsFiles.DOCKER;
import static io.pecflow.engine.ops.OpsFiles.ROOT;
import static io.pecflow.engine.ops.OpsFiles.at;
import static io.pecflow.engine.ops.OpsFiles.list;
import static io.pecflow.engine.ops.OpsFiles.map;
import static io.pecflow.engine.ops.OpsFiles.named;
import static io.pecflow.engine.ops.OpsFiles.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import io.pecflow.engine.config.MailboxProperties;
import io.pecflow.engine.config.PecFlowProperties;
import io.pecflow.engine.job.JobLimits;
import io.pecflow.engine.job.JobReader;
import io.pecflow.engine.job.JobReading;
import io.pecflow.sandbox.SandboxMailbox;
import io.pecflow.sandbox.SandboxMain;
import io.pecflow.sandbox.SandboxOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.FileSystemResource;

/**
 * The files users run PecFlow with ({@code docker/}, {@code deploy/}) agree with the code: they
 * parse, and name the real metrics, labels, properties, ports, paths and images. The outside
 * tools (kubectl kustomize, promtool, the compose schema, the Dockerfile linter) run in
 * {@code deploy/check.sh}.
 */
class OpsFilesTest {

    private static final Path ALERTS = DOCKER.resolve("prometheus/alerts.yml");
    private static final Path DASHBOARD = DOCKER.resolve("grafana/dashboards/pecflow.json");
    private static final Path PROMETHEUS_RULE = DEPLOY.resolve("components/prometheus-operator/prometheusrule.yaml");
    private static final Path EXAMPLE = DEPLOY.resolve("overlays/example");
    /** Labels whose values the engine chooses from a fixed set; a matcher on them must use those. */
    private static final Set<String> CLOSED_LABELS = Set.of("outcome", "kind", "period", "state", "call", "result",
            "reason", "type", "stage");
    private static final String CONFIG_TREE = "optional:configtree:";

    private static ExportedSeries series;
    private static KnownProperties properties;
    private static Map<String, Object> compose;
    private static Map<String, Object> deployment;

    @BeforeAll
    static void readTheCodeAndTheFiles() {
        series = ExportedSeries.scrape();
        properties = KnownProperties.load();
        compose = yaml(DOCKER.resolve("compose.yaml"));
        deployment = yaml(DEPLOY.resolve("base/deployment.yaml"));
    }

    @Test
    void shouldParseEveryYamlAndJsonFileUnderDockerAndDeploy() {
        List<Path> files = OpsFiles.yamlAndJson();

        assertThat(files).hasSizeGreaterThanOrEqualTo(17).allSatisfy(file -> {
            List<Object> documents = file.toString().endsWith(".json") ? List.of(OpsFiles.json(file))
                    : OpsFiles.yamlDocuments(file);
            assertThat(documents).as(file.toString()).isNotEmpty().doesNotContainNull();
        });
    }

    @Test
    void shouldQueryOnlySeriesAndLabelsTheEngineExports() {
        Map<String, List<String>> expressions = new LinkedHashMap<>();
        expressions.put("alerts.yml", alertExpressions(yaml(ALERTS)));
        expressions.put("pecflow.json", dashboardExpressions(OpsFiles.json(DASHBOARD)));

        expressions.forEach((file, exprs) -> assertThat(exprs).as(file).hasSizeGreaterThan(5)
                .allSatisfy(OpsFilesTest::assertRealNames));
    }

    @Test
    void shouldChartAndAlertOnWhatTheIssueAsks() {
        Set<String> charted = metricsOf(dashboardExpressions(OpsFiles.json(DASHBOARD)));
        Map<String, Set<String>> alerted = new LinkedHashMap<>();
        for (Object group : list(yaml(ALERTS).get("groups"))) {
            for (Object rule : list(map(group).get("rules"))) {
                alerted.put(String.valueOf(map(rule).get("alert")), metricsOf(List.of(String.valueOf(map(rule).get("expr")))));
            }
        }

        assertThat(charted).contains("pec_sends_total", "pec_quota_used", "pec_quota_remaining", "pec_quota_limit",
                "pec_backlog", "pec_mailboxes_suspended", "pec_receipts_total", "pec_delivery_time_seconds_bucket",
                "pec_receipts_awaiting", "pec_mailbox_storage_used", "kafka_consumer_fetch_manager_records_lag_max");
        assertThat(alerted).containsOnlyKeys("PecFlowMailboxNearQuota", "PecFlowMailboxSuspended",
                "PecFlowMailboxStorageHigh", "PecFlowAmbiguousSend", "PecFlowProviderErrorRate", "PecFlowNoReceipt",
                "PecFlowReceiptsStalled", "PecFlowConsumerLagGrowing");
        assertThat(alerted.get("PecFlowMailboxNearQuota")).containsExactlyInAnyOrder("pec_quota_used", "pec_quota_limit");
        assertThat(alerted.get("PecFlowMailboxSuspended")).containsExactly("pec_mailboxes_suspended");
        assertThat(alerted.get("PecFlowMailboxStorageHigh")).containsExactly("pec_mailbox_storage_used");
        assertThat(alerted.get("PecFlowAmbiguousSend")).containsExactly("pec_sends_total");
        assertThat(alerted.get("PecFlowProviderErrorRate")).containsExactly("pec_provider_calls_seconds_count");
        assertThat(alerted.get("PecFlowNoReceipt")).containsExactly("pec_receipts_total");
        assertThat(alerted.get("PecFlowConsumerLagGrowing")).containsExactly("kafka_consumer_fetch_manager_records_lag_max");
    }

    @Test
    void shouldAlertOnStorageAtTheEnginesOwnWarningShare() {
        String storage = alertExpression("PecFlowMailboxStorageHigh");
        double warnShare = defaults().receipts().storageWarnShare();

        assertThat(storage).endsWith("> " + warnShare);
    }

    @Test
    void shouldGiveThePrometheusOperatorTheSameRulesAsPrometheus() {
        Map<String, Object> rule = yaml(PROMETHEUS_RULE);

        assertThat(rule.get("kind")).isEqualTo("PrometheusRule");
        assertThat(at(rule, "spec", "groups")).isEqualTo(yaml(ALERTS).get("groups"));
    }

    @Test
    void shouldScrapeTheEnginesPrometheusEndpointOnItsPort() {
        Map<String, Object> scrape = named(yaml(DOCKER.resolve("prometheus/prometheus.yml")).get("scrape_configs"),
                "job_name", "pecflow-engine");
        Map<String, Object> monitor = map(at(yaml(DEPLOY.resolve("components/prometheus-operator/servicemonitor.yaml")),
                "spec", "endpoints", 0));
        Properties engine = applicationProperties();

        assertThat(engine.getProperty("management.endpoints.web.exposure.include")).contains("health", "prometheus");
        assertThat(engine.getProperty("management.endpoint.health.probes.enabled")).isEqualTo("true");
        assertThat(scrape.get("metrics_path")).isEqualTo("/actuator/prometheus");
        assertThat(at(scrape, "static_configs", 0, "targets")).isEqualTo(List.of("engine:" + enginePort()));
        assertThat(monitor).containsEntry("path", "/actuator/prometheus").containsEntry("port", "http");
        assertThat(list(yaml(DOCKER.resolve("prometheus/prometheus.yml")).get("rule_files"))).containsExactly("alerts.yml");
    }

    @Test
    void shouldPublishTheEnginePortInEveryFile() {
        int port = enginePort();
        Map<String, Object> container = engineContainer();
        Map<String, Object> service = yaml(DEPLOY.resolve("base/service.yaml"));

        assertThat(OpsFiles.instructions(DOCKER.resolve("engine.Dockerfile"), "EXPOSE")).containsExactly(String.valueOf(port));
        assertThat(list(at(compose, "services", "engine", "ports"))).containsExactly("127.0.0.1:" + port + ":" + port);
        assertThat(at(container, "ports", 0)).isEqualTo(Map.of("name", "http", "containerPort", port));
        assertThat(at(service, "spec", "ports", 0)).isEqualTo(Map.of("name", "http", "port", port, "targetPort", "http"));
        assertThat(at(container, "readinessProbe", "httpGet")).isEqualTo(Map.of("path", "/actuator/health/readiness", "port", "http"));
        assertThat(at(container, "livenessProbe", "httpGet")).isEqualTo(Map.of("path", "/actuator/health/liveness", "port", "http"));
        assertThat(at(container, "startupProbe", "httpGet")).isEqualTo(Map.of("path", "/actuator/health/liveness", "port", "http"));
        assertThat(map(at(service, "spec", "selector"))).isEqualTo(at(deployment, "spec", "selector", "matchLabels"));
    }

    @Test
    void shouldRunTheSandboxImageOnItsPortWithTheDemoMailboxesAndToken() {
        List<String> entrypoint = OpsFiles.execForm(single(OpsFiles.instructions(DOCKER.resolve("sandbox.Dockerfile"), "ENTRYPOINT")));
        List<String> args = new ArrayList<>(entrypoint.subList(entrypoint.indexOf("-jar") + 2, entrypoint.size()));
        list(at(compose, "services", "sandbox", "command")).forEach(arg -> args.add(String.valueOf(arg)));
        SandboxOptions sandbox = SandboxOptions.parse(args.toArray(String[]::new));

        assertThat(entrypoint.get(entrypoint.indexOf("-jar") + 1)).isEqualTo("/app/pecflow-sandbox.jar");
        assertThat(sandbox.bindAddress()).isEqualTo("0.0.0.0");
        assertThat(sandbox.port()).isEqualTo(SandboxOptions.DEFAULT_CLI_PORT);
        assertThat(sandbox.mailboxes()).isEmpty();
        assertThat(sandbox.token()).isEqualTo(SandboxOptions.DEFAULT_TOKEN);
        assertThat(OpsFiles.instructions(DOCKER.resolve("sandbox.Dockerfile"), "EXPOSE")).containsExactly(String.valueOf(sandbox.port()));
        assertThat(list(at(compose, "services", "sandbox", "ports")))
                .containsExactly("127.0.0.1:" + sandbox.port() + ":" + sandbox.port());
    }

    @Test
    void shouldConfigureTheComposeEngineForTheSandboxAndKafka() {
        Map<String, Object> engine = map(at(compose, "services", "engine"));
        Map<String, String> environment = strings(map(engine.get("environment")));
        PecFlowProperties bound = bind(environment);

        URI provider = bound.provider().baseUrl();
        assertThat(provider.getHost()).isEqualTo("sandbox");
        assertThat(provider.getPort()).isEqualTo(SandboxOptions.DEFAULT_CLI_PORT);
        assertThat(bound.instanceId()).isEqualTo("engine-1");
        assertThat(bound.mailboxes()).extracting(MailboxProperties::address, MailboxProperties::plan)
                .containsExactlyElementsOf(SandboxMain.DEMO_MAILBOXES.stream()
                        .map(box -> org.assertj.core.groups.Tuple.tuple(box.address(), box.plan().label())).toList());
        Map<String, String> mounted = composeSecretsOfEngine();
        for (MailboxProperties mailbox : bound.mailboxes()) {
            SandboxMailbox demo = SandboxMain.DEMO_MAILBOXES.stream()
                    .filter(box -> box.address().equals(mailbox.address())).findFirst().orElseThrow();
            assertThat(mounted).as(mailbox.address()).containsKey(mailbox.passwordFile());
            assertThat(read(DOCKER.resolve(mounted.get(mailbox.passwordFile()))).strip()).isEqualTo(demo.password());
        }
        String tree = environment.get("SPRING_CONFIG_IMPORT");
        assertThat(tree).startsWith(CONFIG_TREE);
        String tokenFile = tree.substring(CONFIG_TREE.length()) + "pecflow.provider.token";
        assertThat(mounted).containsKey(tokenFile);
        assertThat(read(DOCKER.resolve(mounted.get(tokenFile))).strip()).isEqualTo(SandboxOptions.DEFAULT_TOKEN);

        assertThat(environment.get("SPRING_KAFKA_BOOTSTRAP_SERVERS")).isEqualTo("kafka:9092");
        assertThat(String.valueOf(at(compose, "services", "kafka", "environment", "KAFKA_ADVERTISED_LISTENERS")))
                .contains("PLAINTEXT://kafka:9092");
        assertThat(at(compose, "services", "kafka", "image")).isEqualTo("apache/kafka:" + OpsFiles.kafkaVersion());
    }

    @Test
    void shouldNameOnlyRealProperties() {
        Map<String, Object> engine = map(at(compose, "services", "engine"));
        List<String> variables = new ArrayList<>(map(engine.get("environment")).keySet());
        list(engineContainer().get("env")).forEach(variable -> variables.add(String.valueOf(map(variable).get("name"))));
        List<String> configured = new ArrayList<>();
        configured.addAll(flatten("", yaml(DEPLOY.resolve("base/application.yaml"))));
        configured.addAll(flatten("", yaml(EXAMPLE.resolve("site.yaml"))));

        assertThat(variables).hasSizeGreaterThan(5).allSatisfy(variable -> assertThat(properties.knowsVariable(variable))
                .as("%s binds a property the engine knows", variable).isTrue());
        assertThat(configured).hasSizeGreaterThan(5).allSatisfy(property -> assertThat(properties.knows(property))
                .as("%s is a property the engine knows", property).isTrue());
        assertThat(properties.pecflow()).contains("pecflow.mailboxes[*].password-file", "pecflow.provider.token",
                "pecflow.dispatch.shutdown-grace", "pecflow.topics.partitions");
    }

    @Test
    void shouldReadTheExampleSecretsWhereTheConfigurationPointsToThem() {
        PecFlowProperties bound = bindYaml(DEPLOY.resolve("base/application.yaml"), EXAMPLE.resolve("site.yaml"));
        Map<String, Object> overlay = yaml(EXAMPLE.resolve("kustomization.yaml"));
        Map<String, String> mounts = volumeMounts();
        List<String> imports = list(at(yaml(DEPLOY.resolve("base/application.yaml")), "spring", "config", "import"))
                .stream().map(String::valueOf).toList();

        Set<String> passwordKeys = generatedKeys(overlay, "pecflow-mailboxes");
        assertThat(bound.mailboxes()).isNotEmpty().allSatisfy(mailbox -> {
            Path file = Path.of(mailbox.passwordFile());
            assertThat(file.getParent()).hasToString(mounts.get("secret:pecflow-mailboxes"));
            assertThat(passwordKeys).contains(file.getFileName().toString());
        });
        assertThat(generatedKeys(overlay, "pecflow-provider")).containsExactly("pecflow.provider.token");
        assertThat(imports).contains(CONFIG_TREE + mounts.get("secret:pecflow-provider") + "/",
                "file:" + mounts.get("configMap:pecflow-engine-config") + "/site.yaml");
        assertThat(String.valueOf(env(engineContainer(), "SPRING_CONFIG_ADDITIONAL_LOCATION")))
                .isEqualTo("optional:file:" + mounts.get("configMap:pecflow-engine-config") + "/");
        assertThat(bound.provider().token()).isEmpty();
        for (String generated : List.of("pecflow-mailboxes", "pecflow-provider")) {
            for (Object entry : list(named(overlay.get("secretGenerator"), "name", generated).get("files"))) {
                assertThat(read(EXAMPLE.resolve(String.valueOf(entry).split("=", 2)[1]))).startsWith("REPLACE-WITH-");
            }
        }
    }

    @Test
    void shouldStopWithinTheGracePeriodAndRunRestricted() {
        Map<String, Object> pod = map(at(deployment, "spec", "template", "spec"));
        Map<String, Object> container = engineContainer();
        Duration drain = bindYaml(DEPLOY.resolve("base/application.yaml"), EXAMPLE.resolve("site.yaml")).dispatch().shutdownGrace();
        String user = single(OpsFiles.instructions(DOCKER.resolve("engine.Dockerfile"), "USER")).split(":")[0];
        int partitions = bindYaml(DEPLOY.resolve("base/application.yaml"), EXAMPLE.resolve("site.yaml")).topics().partitions();

        assertThat(drain).isEqualTo(defaults().dispatch().shutdownGrace());
        assertThat(Duration.ofSeconds(((Number) pod.get("terminationGracePeriodSeconds")).longValue()))
                .isGreaterThan(drain.plusSeconds(30));
        assertThat(Duration.parse("PT" + at(compose, "services", "engine", "stop_grace_period")))
                .isGreaterThan(drain.plusSeconds(15));
        assertThat(map(pod.get("securityContext"))).containsEntry("runAsNonRoot", true)
                .containsEntry("runAsUser", Integer.parseInt(user));
        assertThat(single(OpsFiles.instructions(DOCKER.resolve("sandbox.Dockerfile"), "USER"))).startsWith(user + ":");
        assertThat(map(container.get("securityContext"))).containsEntry("readOnlyRootFilesystem", true)
                .containsEntry("allowPrivilegeEscalation", false);
        assertThat(volumeMounts()).containsEntry("emptyDir:tmp", "/tmp");
        assertThat(at(compose, "services", "engine", "read_only")).isEqualTo(true);
        assertThat(list(at(compose, "services", "engine", "tmpfs"))).containsExactly("/tmp");
        assertThat(map(at(container, "resources", "requests"))).containsKeys("cpu", "memory");
        assertThat(map(at(container, "resources", "limits"))).containsKeys("cpu", "memory");
        assertThat((Integer) at(deployment, "spec", "replicas")).isBetween(2, partitions);
        assertThat(at(yaml(DEPLOY.resolve("base/poddisruptionbudget.yaml")), "spec", "selector", "matchLabels"))
                .isEqualTo(at(deployment, "spec", "selector", "matchLabels"));
        assertThat(env(container, "PECFLOW_INSTANCE_ID")).isEqualTo(Map.of("fieldRef", Map.of("fieldPath", "metadata.name")));
    }

    @Test
    void shouldNameTheSameImagesEverywhere() {
        String version = OpsFiles.projectVersion();
        Map<String, Object> base = yaml(DEPLOY.resolve("base/kustomization.yaml"));
        Map<String, Object> overlay = yaml(EXAMPLE.resolve("kustomization.yaml"));

        for (String module : List.of("engine", "sandbox")) {
            Map<String, Object> service = map(at(compose, "services", module));
            String dockerfile = "docker/" + module + ".Dockerfile";
            String jar = module + "/target/pecflow-" + module + ".jar";
            assertThat(service.get("image")).isEqualTo("pecflow/" + module + ":" + version);
            assertThat(map(service.get("build"))).containsEntry("context", "..").containsEntry("dockerfile", dockerfile);
            assertThat(OpsFiles.instructions(ROOT.resolve(dockerfile), "COPY")).anySatisfy(copy -> assertThat(copy).startsWith(jar + " "));
            assertThat(read(ROOT.resolve(dockerfile + ".dockerignore")).lines()).contains("*", "!" + jar);
            assertThat(read(ROOT.resolve(dockerfile))).contains("docker build -f " + dockerfile + " -t pecflow/" + module + ":" + version + " .");
        }
        assertThat(engineContainer().get("image")).isEqualTo("pecflow/engine");
        assertThat(named(base.get("images"), "name", "pecflow/engine")).containsEntry("newTag", version);
        assertThat(named(overlay.get("images"), "name", "pecflow/engine")).containsEntry("newTag", version);
    }

    @Test
    void shouldAcceptEverySampleJobForTheComposeMailboxes() {
        Set<String> mailboxes = bind(strings(map(at(compose, "services", "engine", "environment")))).mailboxes().stream()
                .map(MailboxProperties::address).collect(Collectors.toSet());
        JobReader reader = new JobReader(JobLimits.defaults(), mailboxes);
        List<String> jobs = read(DOCKER.resolve("sample-campaign.jsonl")).lines().toList();

        assertThat(jobs).hasSizeGreaterThanOrEqualTo(100).allSatisfy(job -> assertThat(
                reader.read(job.getBytes(StandardCharsets.UTF_8), Instant.now())).isInstanceOf(JobReading.Valid.class));
        assertThat(jobs.stream().map(job -> job.replaceAll(".*\"mailbox\":\"([^\"]+)\".*", "$1")).collect(Collectors.toSet()))
                .isEqualTo(mailboxes);
    }

    // ---- metric names ---------------------------------------------------------------------------

    private static void assertRealNames(String expression) {
        List<PromQl.Selector> selectors = PromQl.selectors(expression);
        assertThat(selectors).as(expression).isNotEmpty();
        Set<String> labelsOfExpression = new TreeSet<>(ExportedSeries.TARGET_LABELS);
        for (PromQl.Selector selector : selectors) {
            assertThat(series.names()).as("series of %s", expression).contains(selector.metric());
            Set<String> labels = series.labels(selector.metric());
            labelsOfExpression.addAll(labels);
            for (PromQl.LabelMatcher matcher : selector.matchers()) {
                assertThat(labels).as("labels of %s in %s", selector.metric(), expression).contains(matcher.label());
                if (CLOSED_LABELS.contains(matcher.label()) && !matcher.value().contains("$")) {
                    Set<String> values = series.values(selector.metric(), matcher.label());
                    List<String> wanted = matcher.operator().endsWith("~") ? List.of(matcher.value().split("\\|"))
                            : List.of(matcher.value());
                    assertThat(values).as("values of %s{%s} in %s", selector.metric(), matcher.label(), expression)
                            .containsAll(wanted);
                }
            }
        }
        assertThat(labelsOfExpression).as("labels grouped by in %s", expression)
                .containsAll(PromQl.groupingLabels(expression));
    }

    private static Set<String> metricsOf(List<String> expressions) {
        return expressions.stream().flatMap(expression -> PromQl.selectors(expression).stream())
                .map(PromQl.Selector::metric).collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<String> alertExpressions(Map<String, Object> rules) {
        return list(rules.get("groups")).stream().flatMap(group -> list(map(group).get("rules")).stream())
                .map(rule -> String.valueOf(map(rule).get("expr"))).toList();
    }

    private static String alertExpression(String alert) {
        return list(yaml(ALERTS).get("groups")).stream().flatMap(group -> list(map(group).get("rules")).stream())
                .map(OpsFiles::map).filter(rule -> alert.equals(rule.get("alert")))
                .map(rule -> String.valueOf(rule.get("expr")).strip()).findFirst().orElseThrow();
    }

    /** @return every {@code expr} of the dashboard, and the queries of its variables */
    private static List<String> dashboardExpressions(Object node) {
        List<String> found = new ArrayList<>();
        if (node instanceof Map<?, ?> object) {
            object.forEach((key, value) -> {
                if (("expr".equals(key) || "definition".equals(key)) && value instanceof String expression) {
                    found.add(expression);
                } else {
                    found.addAll(dashboardExpressions(value));
                }
            });
        } else if (node instanceof List<?> array) {
            array.forEach(element -> found.addAll(dashboardExpressions(element)));
        }
        return found;
    }

    // ---- configuration --------------------------------------------------------------------------

    /** The engine's own setting if it has one, else Spring Boot's default web port. */
    private static int enginePort() {
        return Integer.parseInt(applicationProperties().getProperty("server.port", "8080"));
    }

    private static Properties applicationProperties() {
        Properties engine = new Properties();
        try (var in = Files.newInputStream(ROOT.resolve("engine/src/main/resources/application.properties"))) {
            engine.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return engine;
    }

    /** @return the defaults of pecflow.* (with one mailbox: the binder cannot make an empty list of them) */
    private static PecFlowProperties defaults() {
        return bind(Map.of("PECFLOW_MAILBOXES_0_ADDRESS", "defaults@pecmassiva.com"));
    }

    /** @return pecflow.* bound from environment variables by Spring's own rules */
    private static PecFlowProperties bind(Map<String, String> environment) {
        MutablePropertySources sources = new MutablePropertySources();
        sources.addLast(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                Map.copyOf(environment)));
        return binder(sources);
    }

    /** @return pecflow.* bound from YAML files, the later ones winning */
    private static PecFlowProperties bindYaml(Path... files) {
        MutablePropertySources sources = new MutablePropertySources();
        YamlPropertySourceLoader loader = new YamlPropertySourceLoader();
        try {
            for (Path file : files) {
                loader.load(file.toString(), new FileSystemResource(file)).forEach(sources::addFirst);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return binder(sources);
    }

    private static PecFlowProperties binder(MutablePropertySources sources) {
        return new Binder(ConfigurationPropertySources.from(sources), null, ApplicationConversionService.getSharedInstance())
                .bindOrCreate("pecflow", PecFlowProperties.class);
    }

    /** @return the keys of a YAML document as properties, e.g. {@code pecflow.mailboxes[0].address} */
    private static List<String> flatten(String prefix, Object node) {
        if (node instanceof Map<?, ?> object) {
            return object.entrySet().stream().flatMap(entry -> flatten(
                    (prefix.isEmpty() ? "" : prefix + ".") + entry.getKey(), entry.getValue()).stream()).toList();
        }
        if (node instanceof List<?> array) {
            List<String> found = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                found.addAll(flatten(prefix + "[" + i + "]", array.get(i)));
            }
            return found;
        }
        return List.of(prefix);
    }

    // ---- compose and manifests ------------------------------------------------------------------

    /** @return where the compose engine sees each of its secrets, and the file it comes from */
    private static Map<String, String> composeSecretsOfEngine() {
        Map<String, String> mounted = new LinkedHashMap<>();
        for (Object secret : list(at(compose, "services", "engine", "secrets"))) {
            String source = secret instanceof Map<?, ?> full ? String.valueOf(full.get("source")) : String.valueOf(secret);
            String target = secret instanceof Map<?, ?> full && full.get("target") != null
                    ? String.valueOf(full.get("target")) : "/run/secrets/" + source;
            mounted.put(target, String.valueOf(at(compose, "secrets", source, "file")));
        }
        return mounted;
    }

    private static Map<String, Object> engineContainer() {
        return named(at(deployment, "spec", "template", "spec", "containers"), "name", "engine");
    }

    /** @return the mount path of each volume of the engine, keyed {@code kind:name} (secret:pecflow-provider) */
    private static Map<String, String> volumeMounts() {
        Map<String, String> byVolume = new LinkedHashMap<>();
        for (Object mount : list(engineContainer().get("volumeMounts"))) {
            Map<String, Object> volume = named(at(deployment, "spec", "template", "spec", "volumes"), "name",
                    String.valueOf(map(mount).get("name")));
            String key = volume.containsKey("secret") ? "secret:" + at(volume, "secret", "secretName")
                    : volume.containsKey("configMap") ? "configMap:" + at(volume, "configMap", "name")
                    : volume.containsKey("emptyDir") ? "emptyDir:" + volume.get("name") : "other:" + volume.get("name");
            byVolume.put(key, String.valueOf(map(mount).get("mountPath")));
        }
        return byVolume;
    }

    private static Object env(Map<String, Object> container, String name) {
        Map<String, Object> variable = named(container.get("env"), "name", name);
        return variable.containsKey("value") ? variable.get("value") : variable.get("valueFrom");
    }

    /** @return the keys of a Secret the overlay generates from files ({@code key=path}) */
    private static Set<String> generatedKeys(Map<String, Object> overlay, String secret) {
        return list(named(overlay.get("secretGenerator"), "name", secret).get("files")).stream()
                .map(entry -> String.valueOf(entry).split("=", 2)[0]).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Map<String, String> strings(Map<String, Object> values) {
        Map<String, String> strings = new LinkedHashMap<>();
        values.forEach((key, value) -> strings.put(key, String.valueOf(value)));
        return strings;
    }

    private static String single(List<String> values) {
        assertThat(values).hasSize(1);
        return values.getFirst();
    }

    private static String read(Path file) {
        return OpsFiles.text(file);
    }
}
