package uk.gov.justice.digital.hmpps.structuredinterventions.systemtests.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders every overlay under {@code deploy/k8s/overlays} with {@code kubectl kustomize} (no cluster needed) and
 * checks the rendered objects: each service's Deployment is probed, bounded and locked down, and its Service,
 * HorizontalPodAutoscaler, PodDisruptionBudget and ServiceMonitor select its own pods and no others; its
 * configuration and Secret references are there; a Strimzi KafkaTopic exists for every topic the services use; and
 * the alerts and dashboards are there, each alert with its runbook entry. (That the metrics they use are exposed is
 * checked against the running services, in {@code ConfiguredLikeItsImageIT}.)
 */
class KubernetesManifestsTest {

    /** Each check is skipped without kubectl, and fails for its absence where CI is set ({@link Kustomize}). */
    @org.junit.jupiter.api.BeforeEach
    void skippedWithoutKubectl() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Kustomize.available(), Kustomize.NO_KUBECTL + " are skipped");
    }

    static Stream<String> overlays() {
        return Kustomize.overlays().stream();
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

    /**
     * The alerts: one PrometheusRule, labelled as the ServiceMonitors are (so a Prometheus that picks those up picks it
     * up too), each alert with a severity, a summary, a description and a runbook that exists in docs/operations.md.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void every_alert_has_a_severity_a_summary_and_a_runbook_entry_in_the_operations_guide(String overlay) throws IOException {
        List<Map<String, Object>> rules = objects(overlay, "PrometheusRule");
        assertThat(rules).hasSize(1);
        Map<String, Object> rule = rules.get(0);
        assertThat(at(rule, "metadata")).containsKey("namespace");
        Map<String, Object> monitorLabels = labels(objects(overlay, "ServiceMonitor").get(0));
        assertThat(labels(rule)).containsEntry("app.kubernetes.io/part-of", monitorLabels.get("app.kubernetes.io/part-of"));

        String guide = Files.readString(ServiceConfiguration.REPOSITORY.resolve("docs/operations.md"));
        Set<String> anchors = new HashSet<>();
        guide.lines().filter(line -> line.startsWith("#")).forEach(heading -> anchors.add(heading.replaceFirst("^#+\\s*", "")
                .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9 _-]", "").replace(' ', '-')));
        List<String> alerts = new ArrayList<>();
        for (Map<String, Object> group : list(at(rule, "spec"), "groups")) {
            for (Map<String, Object> alert : list(group, "rules")) {
                String name = String.valueOf(alert.get("alert"));
                alerts.add(name);
                assertThat(at(alert, "labels")).as(name).containsKey("severity");
                assertThat(String.valueOf(at(alert, "labels").get("severity"))).as(name).isIn("critical", "warning");
                Map<String, Object> annotations = at(alert, "annotations");
                assertThat(annotations).as(name).containsKeys("summary", "description", "runbook_url");
                String runbook = String.valueOf(annotations.get("runbook_url"));
                assertThat(runbook).as(name).contains("/docs/operations.md#");
                assertThat(anchors).as(name + ": " + runbook + " is a heading of docs/operations.md")
                        .contains(runbook.substring(runbook.indexOf('#') + 1));
            }
        }
        assertThat(alerts).as("one alert for each of these").contains("StructuredInterventionsOutboxStuck",
                "StructuredInterventionsOutboxRelayFailing", "StructuredInterventionsConsumerLagGrowing",
                "StructuredInterventionsEventDeadLettered", "StructuredInterventionsHttp5xx",
                "StructuredInterventionsDependencyDown").doesNotHaveDuplicates();
    }

    /** A dashboard per service and one for the journey, in a ConfigMap the Grafana sidecar loads, each with its own uid. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void the_dashboards_are_provisioned_for_the_grafana_sidecar(String overlay) throws IOException {
        List<Map<String, Object>> dashboards = objects(overlay, "ConfigMap").stream()
                .filter(map -> "1".equals(labels(map).get("grafana_dashboard"))).toList();
        assertThat(dashboards).hasSize(1);
        Map<String, Object> data = at(dashboards.get(0), "data");
        List<String> expected = new ArrayList<>(ServiceConfiguration.all().map(service -> service.service().name() + ".json").toList());
        expected.add("journey.json");
        assertThat(data.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        Set<String> uids = new HashSet<>();
        for (Map.Entry<String, Object> file : data.entrySet()) {
            com.fasterxml.jackson.databind.JsonNode dashboard = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(String.valueOf(file.getValue()));
            assertThat(uids.add(dashboard.path("uid").asText())).as(file.getKey() + " has a uid of its own").isTrue();
            assertThat(dashboard.path("title").asText()).as(file.getKey()).startsWith("Structured Interventions");
            assertThat(dashboard.path("panels").size()).as(file.getKey()).isPositive();
            assertThat(String.valueOf(file.getValue())).as(file.getKey() + ": every query on the chosen data source")
                    .contains("\"uid\": \"${datasource}\"");
        }
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

    private static List<Map<String, Object>> rendered(String overlay) {
        return Kustomize.rendered(overlay);
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
