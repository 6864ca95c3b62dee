package uk.gov.justice.digital.hmpps.structuredinterventions.systemtests.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * Renders every overlay under {@code deploy/k8s/overlays} with {@code kubectl kustomize} (no cluster needed) and
 * checks the rendered objects: each service's Deployment is probed, bounded and locked down, and its Service,
 * HorizontalPodAutoscaler, PodDisruptionBudget and ServiceMonitor select its own pods and no others; its
 * configuration and Secret references are there; and a Strimzi KafkaTopic exists for every topic the services use.
 */
class KubernetesManifestsTest {

    private static final Path OVERLAYS = ServiceConfiguration.REPOSITORY.resolve("deploy/k8s/overlays");
    private static final Map<String, List<Map<String, Object>>> RENDERED = new HashMap<>();

    private static final String NO_KUBECTL = "kubectl (with Kustomize 5) is not on the PATH: the checks of the rendered"
            + " deploy/k8s overlays";
    private static boolean kubectl;

    /**
     * The checks need {@code kubectl} (with Kustomize 5). On a machine with only a JDK each is skipped, saying so;
     * where {@code CI} is set (as {@code .ci/run} runs) they are required.
     */
    @org.junit.jupiter.api.BeforeAll
    static void kubectlIsThere() {
        try {
            Process process = new ProcessBuilder("kubectl", "version", "--client").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            kubectl = process.waitFor(1, TimeUnit.MINUTES) && process.exitValue() == 0;
        } catch (IOException e) {
            kubectl = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kubectl = false;
        }
        if (!kubectl && System.getenv("CI") != null) {
            fail(NO_KUBECTL + " are required where CI is set");
        }
        if (!kubectl) {
            System.err.println("[WARNING] " + NO_KUBECTL + " are skipped (install kubectl to run them; CI requires them)");
        }
    }

    @org.junit.jupiter.api.BeforeEach
    void skippedWithoutKubectl() {
        org.junit.jupiter.api.Assumptions.assumeTrue(kubectl, NO_KUBECTL + " are skipped");
    }

    static Stream<String> overlays() throws IOException {
        try (Stream<Path> directories = Files.list(OVERLAYS)) {
            List<String> names = directories.filter(Files::isDirectory).map(path -> path.getFileName().toString()).sorted().toList();
            assertThat(names).contains("dev", "prod");
            return names.stream();
        }
    }

    static Stream<Object[]> overlaysAndServices() throws IOException {
        return overlays().flatMap(overlay -> ServiceConfiguration.all().map(service -> new Object[] {overlay, service}));
    }

    @Test
    void the_prod_overlay_renders() {
        assertThat(rendered("prod")).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("overlaysAndServices")
    void each_service_is_deployed_probed_bounded_and_non_root(String overlay, ServiceConfiguration service) throws IOException {
        Map<String, Object> deployment = only(overlay, "Deployment", service.service().name());
        Map<String, Object> pod = at(deployment, "spec", "template", "spec");
        List<Map<String, Object>> containers = list(pod, "containers");
        assertThat(containers).hasSize(1);
        Map<String, Object> container = containers.get(0);

        assertThat(at(deployment, "spec")).as("no replicas: the HorizontalPodAutoscaler owns the count")
                .doesNotContainKey("replicas");
        assertThat(list(container, "ports")).singleElement().satisfies(port -> assertThat(port)
                .containsEntry("name", "http").containsEntry("containerPort", service.port()));
        assertThat(String.valueOf(container.get("image"))).as("an image pinned to a tag")
                .contains(service.service().name() + ":").doesNotEndWith(":latest");
        for (String[] probe : new String[][] {{"startupProbe", "/q/health/started"}, {"livenessProbe", "/q/health/live"},
                {"readinessProbe", "/q/health/ready"}}) {
            assertThat(at(container, probe[0], "httpGet")).as(probe[0])
                    .containsEntry("path", probe[1]).containsEntry("port", "http");
        }
        for (String bound : List.of("requests", "limits")) {
            assertThat(at(container, "resources", bound)).as(bound).containsKeys("cpu", "memory");
        }

        int imageUser = ContainerImageTest.userOf(service);
        assertThat(at(pod, "securityContext")).containsEntry("runAsNonRoot", true).containsEntry("runAsUser", imageUser);
        assertThat(pod).containsEntry("automountServiceAccountToken", false);
        Map<String, Object> security = at(container, "securityContext");
        assertThat(security).containsEntry("readOnlyRootFilesystem", true).containsEntry("allowPrivilegeEscalation", false);
        assertThat(at(security, "capabilities")).containsEntry("drop", List.of("ALL"));
        String tmpVolume = list(container, "volumeMounts").stream().filter(mount -> "/tmp".equals(mount.get("mountPath")))
                .map(mount -> String.valueOf(mount.get("name"))).findFirst().orElse(null);
        assertThat(tmpVolume).as("a writable /tmp beside the read-only root file system").isNotNull();
        assertThat(list(pod, "volumes")).filteredOn(volume -> tmpVolume.equals(volume.get("name")))
                .singleElement().satisfies(volume -> assertThat(volume).containsKey("emptyDir"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("overlaysAndServices")
    void each_service_is_configured_from_its_config_map_and_its_database_secret(String overlay, ServiceConfiguration service) {
        Map<String, Object> container = list(at(only(overlay, "Deployment", service.service().name()), "spec", "template",
                "spec"), "containers").get(0);
        List<String> configMaps = list(container, "envFrom").stream()
                .map(source -> String.valueOf(at(source, "configMapRef").get("name"))).toList();
        assertThat(configMaps).hasSize(1);
        Map<String, Object> data = at(only(overlay, "ConfigMap", configMaps.get(0)), "data");
        assertThat(data).containsKeys("KAFKA_BOOTSTRAP_SERVERS", "MP_JWT_VERIFY_PUBLICKEY_LOCATION", "MP_JWT_VERIFY_ISSUER",
                service.baseUrlVariable());
        assertThat(String.valueOf(data.get("QUARKUS_DATASOURCE_JDBC_URL")))
                .matches("jdbc:postgresql://[^/]+/" + service.service().database() + "(\\?.*)?");
        assertThat(String.valueOf(data.get(service.baseUrlVariable()))).startsWith("https://");
        assertThat(String.valueOf(data.get("MP_JWT_VERIFY_ISSUER"))).as("never the local signing key's issuer")
                .doesNotContain("local-auth");
        assertThat(String.valueOf(data.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION"))).startsWith("https://");

        Map<String, Map<String, Object>> secrets = new HashMap<>();
        list(container, "env").stream()
                .filter(variable -> variable.get("valueFrom") instanceof Map<?, ?> from && from.containsKey("secretKeyRef"))
                .forEach(variable -> secrets.put(String.valueOf(variable.get("name")),
                        at(variable, "valueFrom", "secretKeyRef")));
        assertThat(secrets.get("QUARKUS_DATASOURCE_USERNAME")).containsEntry("name", service.service().name() + "-database")
                .containsEntry("key", "username");
        assertThat(secrets.get("QUARKUS_DATASOURCE_PASSWORD")).containsEntry("name", service.service().name() + "-database")
                .containsEntry("key", "password");
        String kafkaClient = list(container, "volumeMounts").stream()
                .filter(mount -> "/deployments/config".equals(mount.get("mountPath")))
                .map(mount -> String.valueOf(mount.get("name"))).findFirst().orElseThrow();
        assertThat(list(at(only(overlay, "Deployment", service.service().name()), "spec", "template", "spec"), "volumes"))
                .filteredOn(volume -> kafkaClient.equals(volume.get("name"))).singleElement()
                .satisfies(volume -> assertThat(at(volume, "secret"))
                        .as("the service's own Kafka client settings, for its own Kafka user")
                        .containsEntry("secretName", service.service().name() + "-kafka-client"));
        assertThat(objects(overlay, "Secret")).as("no Secret is kept in the repository").isEmpty();
    }

    /**
     * ADR 0016: each Kafka consumer is a static member named by the pod, and a SIGTERM leaves time for the Service to
     * stop routing (preStop), for requests in flight (quarkus.shutdown.timeout, 20 s) and for the relay's batch.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("overlaysAndServices")
    void each_service_names_its_kafka_members_by_the_pod_and_shuts_down_within_its_grace_period(String overlay,
            ServiceConfiguration service) throws IOException {
        Map<String, Object> pod = at(only(overlay, "Deployment", service.service().name()), "spec", "template", "spec");
        Map<String, Object> container = list(pod, "containers").get(0);
        assertThat(list(container, "env")).filteredOn(variable -> "POD_NAME".equals(variable.get("name"))).singleElement()
                .satisfies(variable -> assertThat(at(variable, "valueFrom", "fieldRef"))
                        .containsEntry("fieldPath", "metadata.name"));
        List<?> preStop = (List<?>) at(container, "lifecycle", "preStop", "exec").get("command");
        assertThat(preStop).hasSize(2).first().isEqualTo("sleep");
        int preStopSeconds = Integer.parseInt(String.valueOf(preStop.get(1)));
        java.util.Properties kit = new java.util.Properties();
        try (var in = Files.newInputStream(ServiceConfiguration.REPOSITORY
                .resolve("service-kit/src/main/resources/META-INF/microprofile-config.properties"))) {
            kit.load(in);
        }
        String shutdown = kit.getProperty("quarkus.shutdown.timeout");
        assertThat(shutdown).as("quarkus.shutdown.timeout in the kit").matches("\\d+s");
        int requestsSeconds = Integer.parseInt(shutdown.substring(0, shutdown.length() - 1));
        // The relay's send timeout (ServiceKitConfig.Outbox, 30 s by default) and the 5 s it is given to stop.
        int relayBatchSeconds = 30 + 5;
        assertThat(preStopSeconds).isBetween(1, 10);
        assertThat((Integer) pod.get("terminationGracePeriodSeconds"))
                .isGreaterThanOrEqualTo(preStopSeconds + requestsSeconds + relayBatchSeconds);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("overlaysAndServices")
    void the_service_autoscaler_disruption_budget_and_monitor_point_at_this_service_alone(String overlay,
            ServiceConfiguration service) {
        String name = service.service().name();
        Map<String, Object> deployment = only(overlay, "Deployment", name);
        Map<String, Object> podLabels = at(deployment, "spec", "template", "metadata", "labels");
        assertThat(at(deployment, "spec", "selector", "matchLabels")).satisfies(selector -> selectsOnly(overlay, selector, name));

        Map<String, Object> kubeService = only(overlay, "Service", name);
        assertThat(at(kubeService, "spec", "selector")).satisfies(selector -> selectsOnly(overlay, selector, name));
        assertThat(list(at(kubeService, "spec"), "ports")).singleElement()
                .satisfies(port -> assertThat(port).containsEntry("targetPort", "http").containsEntry("name", "http"));

        Map<String, Object> autoscaler = only(overlay, "HorizontalPodAutoscaler", name);
        assertThat(at(autoscaler, "spec", "scaleTargetRef")).containsEntry("kind", "Deployment").containsEntry("name", name);
        int minimum = (Integer) at(autoscaler, "spec").get("minReplicas");
        assertThat((Integer) at(autoscaler, "spec").get("maxReplicas")).isGreaterThanOrEqualTo(minimum);
        assertThat(minimum).isPositive();

        Map<String, Object> budget = only(overlay, "PodDisruptionBudget", name);
        assertThat(at(budget, "spec", "selector", "matchLabels")).satisfies(selector -> selectsOnly(overlay, selector, name));
        assertThat(at(budget, "spec")).containsAnyOf(Map.entry("maxUnavailable", 1), Map.entry("minAvailable", 1));

        Map<String, Object> monitor = only(overlay, "ServiceMonitor", name);
        Map<String, Object> monitored = at(monitor, "spec", "selector", "matchLabels");
        assertThat(objects(overlay, "Service")).filteredOn(other -> labels(other).entrySet().containsAll(monitored.entrySet()))
                .extracting(other -> at(other, "metadata").get("name")).containsExactly(name);
        assertThat(list(at(monitor, "spec"), "endpoints")).singleElement().satisfies(endpoint -> assertThat(endpoint)
                .containsEntry("port", "http").containsEntry("path", "/q/metrics"));
        assertThat(podLabels).containsEntry("app.kubernetes.io/name", name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void every_topic_the_services_use_is_a_kafka_topic_and_the_catalogue_events_are_compacted(String overlay) {
        Map<String, Map<String, Object>> topics = new HashMap<>();
        objects(overlay, "KafkaTopic").forEach(topic -> topics.put(String.valueOf(at(topic, "spec").get("topicName")), topic));
        assertThat(topics.keySet()).containsExactlyInAnyOrderElementsOf(ServiceConfiguration.allTopics());
        topics.forEach((name, topic) -> {
            assertThat(labels(topic)).as(name).containsKey("strimzi.io/cluster");
            assertThat((Integer) at(topic, "spec").get("partitions")).as(name).isPositive();
            String policy = String.valueOf(at(topic, "spec", "config").get("cleanup.policy"));
            assertThat(policy).as(name).isEqualTo("catalogue.events".equals(name) ? "compact" : "delete");
        });
    }

    @Test
    void the_overlays_kafka_topics_are_distinct_objects_even_in_one_namespace() throws IOException {
        List<String> seen = new ArrayList<>();
        overlays().forEach(overlay -> objects(overlay, "KafkaTopic").forEach(topic -> {
            String key = at(topic, "metadata").get("namespace") + "/" + at(topic, "metadata").get("name");
            assertThat(seen).as("%s in %s is another overlay's too", key, overlay).doesNotContain(key);
            seen.add(key);
        }));
    }

    @Test
    void prod_runs_at_least_two_of_each_service_and_replicates_every_topic() {
        ServiceConfiguration.all().forEach(service -> {
            String name = service.service().name();
            assertThat((Integer) at(only("prod", "HorizontalPodAutoscaler", name), "spec").get("minReplicas")).as(name)
                    .isGreaterThanOrEqualTo(2);
        });
        objects("prod", "KafkaTopic").forEach(topic -> {
            assertThat((Integer) at(topic, "spec").get("replicas")).isGreaterThanOrEqualTo(3);
            assertThat(String.valueOf(at(topic, "spec", "config").get("min.insync.replicas"))).isEqualTo("2");
        });
    }

    /** The label selector picks this service's Deployment's pods and no other Deployment's. */
    private static void selectsOnly(String overlay, Map<String, Object> selector, String name) {
        assertThat(selector).isNotEmpty();
        assertThat(objects(overlay, "Deployment"))
                .filteredOn(deployment -> at(deployment, "spec", "template", "metadata", "labels").entrySet()
                        .containsAll(selector.entrySet()))
                .extracting(deployment -> at(deployment, "metadata").get("name")).containsExactly(name);
    }

    private static Map<String, Object> only(String overlay, String kind, String name) {
        List<Map<String, Object>> found = objects(overlay, kind).stream()
                .filter(object -> name.equals(at(object, "metadata").get("name"))).toList();
        assertThat(found).as("%s %s in %s", kind, name, overlay).hasSize(1);
        Map<String, Object> object = found.get(0);
        if (!"KafkaTopic".equals(kind)) {
            assertThat(at(object, "metadata")).as("%s %s has a namespace", kind, name).containsKey("namespace");
        }
        return object;
    }

    private static List<Map<String, Object>> objects(String overlay, String kind) {
        return rendered(overlay).stream().filter(object -> kind.equals(object.get("kind"))).toList();
    }

    private static Map<String, Object> labels(Map<String, Object> object) {
        Map<String, Object> labels = at(object, "metadata").get("labels") == null ? Map.of() : at(object, "metadata", "labels");
        return labels;
    }

    /** The overlay as {@code kubectl kustomize} renders it, once per overlay. */
    @SuppressWarnings("unchecked")
    private static synchronized List<Map<String, Object>> rendered(String overlay) {
        return RENDERED.computeIfAbsent(overlay, name -> {
            String output = kustomize(OVERLAYS.resolve(name));
            List<Map<String, Object>> objects = new ArrayList<>();
            new Yaml().loadAll(output).forEach(document -> {
                if (document != null) {
                    objects.add((Map<String, Object>) document);
                }
            });
            return objects;
        });
    }

    private static String kustomize(Path directory) {
        List<String> command = List.of("kubectl", "kustomize", directory.toString());
        try {
            Path output = Files.createTempFile("kustomize", ".yaml");
            Process process = new ProcessBuilder(command).redirectErrorStream(false)
                    .redirectOutput(output.toFile()).redirectError(ProcessBuilder.Redirect.PIPE).start();
            String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                fail(String.join(" ", command) + " took more than two minutes");
            }
            String rendered = Files.readString(output);
            Files.delete(output);
            assertThat(process.exitValue()).as(String.join(" ", command) + " failed: " + errors).isZero();
            return rendered;
        } catch (IOException e) {
            throw new AssertionError("could not run kubectl (with Kustomize 5), which renders deploy/k8s: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> at(Map<String, Object> object, String... path) {
        Map<String, Object> current = object;
        for (String key : path) {
            Object next = current.get(key);
            assertThat(next).as("%s in %s", key, Objects.toString(object.get("kind"), "object")).isInstanceOf(Map.class);
            current = (Map<String, Object>) next;
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> object, String key) {
        Object value = object.get(key);
        assertThat(value).as(key).isInstanceOf(List.class);
        return (List<Map<String, Object>>) value;
    }
}
