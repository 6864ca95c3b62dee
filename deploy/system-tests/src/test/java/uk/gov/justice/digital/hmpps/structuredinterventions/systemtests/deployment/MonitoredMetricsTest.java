package uk.gov.justice.digital.hmpps.structuredinterventions.systemtests.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The check that every metric the alerts and dashboards use is exposed, against fixture manifests and pages. */
class MonitoredMetricsTest {

    private static final String CATALOGUE_PAGE = """
            # HELP structured_interventions_outbox_relay_failures_total Relay batches that failed
            # TYPE structured_interventions_outbox_relay_failures_total counter
            structured_interventions_outbox_relay_failures_total 0.0
            # TYPE http_server_requests_seconds histogram
            http_server_requests_seconds_bucket{method="GET",status="200",uri="/interventions",le="0.001"} 1
            http_server_requests_seconds_count{method="GET",status="200",uri="/interventions"} 1
            http_server_requests_seconds_sum{method="GET",status="200",uri="/interventions"} 0.0004
            # TYPE http_server_requests_seconds_max gauge
            http_server_requests_seconds_max{method="GET",status="200",uri="/interventions"} 0.0004
            """;
    private static final String REFERRAL_PAGE = """
            # TYPE kafka_consumer_fetch_manager_records_lag_max gauge
            kafka_consumer_fetch_manager_records_lag_max{client_id="kafka-consumer-catalogue-events",kafka_version="4.1.1"} 0.0
            """;
    private static final Map<String, Set<String>> EXPOSED = Map.of(
            "catalogue-service", MonitoredMetrics.exposed(CATALOGUE_PAGE),
            "referral-service", MonitoredMetrics.exposed(REFERRAL_PAGE));

    @Test
    void a_page_exposes_the_names_of_its_samples_with_their_suffixes_and_not_its_comments() {
        assertThat(MonitoredMetrics.exposed(CATALOGUE_PAGE)).containsExactlyInAnyOrder(
                "structured_interventions_outbox_relay_failures_total", "http_server_requests_seconds_bucket",
                "http_server_requests_seconds_count", "http_server_requests_seconds_sum", "http_server_requests_seconds_max");
    }

    @Test
    void an_alert_on_a_metric_no_service_exposes_fails_naming_the_alert_and_the_metric() {
        List<MonitoredMetrics.Query> queries = MonitoredMetrics.queries(objects(rule("""
                - alert: RelayFailing
                  expr: increase(structured_interventions_outbox_relay_failures_total[10m]) > 3
                - alert: SomethingNobodyMeasures
                  expr: sum by (service) (rate(structured_interventions_no_such_metric[5m])) > 0
                """)), EXPOSED.keySet());

        assertThat(MonitoredMetrics.unexposed(queries, EXPOSED)).containsExactly(
                "alert SomethingNobodyMeasures uses structured_interventions_no_such_metric, which no service exposes");
    }

    @Test
    void a_counter_or_histogram_named_without_the_suffix_prometheus_exposes_fails() {
        List<MonitoredMetrics.Query> queries = MonitoredMetrics.queries(objects(rule("""
                - alert: RelayFailing
                  expr: increase(structured_interventions_outbox_relay_failures[10m]) > 3
                - alert: Slow
                  expr: histogram_quantile(0.99, sum by (le) (rate(http_server_requests_seconds[5m]))) > 1
                """)), EXPOSED.keySet());

        assertThat(MonitoredMetrics.unexposed(queries, EXPOSED)).containsExactly(
                "alert RelayFailing uses structured_interventions_outbox_relay_failures, which no service exposes",
                "alert Slow uses http_server_requests_seconds, which no service exposes");
    }

    @Test
    void a_services_dashboard_must_find_its_metrics_on_that_service_and_names_the_panel_when_it_does_not() {
        String dashboard = """
                {"templating": {"list": [{"name": "namespace", "type": "query",
                  "query": {"query": "label_values(http_server_requests_seconds_count, namespace)"}}]},
                 "panels": [{"type": "row", "title": "HTTP", "panels": [
                   {"title": "Requests", "targets": [{"expr": "sum(rate(http_server_requests_seconds_count[5m]))"}]}]},
                  {"title": "Consumer lag", "targets": [{"expr": "max(kafka_consumer_fetch_manager_records_lag_max)"}]}]}""";
        List<Map<String, Object>> objects = new ArrayList<>();
        for (String file : List.of("catalogue-service.json", "journey.json")) {
            objects.add(Map.of("kind", "ConfigMap", "metadata", Map.of("labels", Map.of("grafana_dashboard", "1")),
                    "data", Map.of(file, dashboard)));
        }
        objects.add(Map.of("kind", "ConfigMap", "metadata", Map.of(), "data", Map.of("other.json", dashboard.replace(
                "kafka_consumer", "not_a_dashboard_so_not_read"))));

        List<MonitoredMetrics.Query> queries = MonitoredMetrics.queries(objects, EXPOSED.keySet());

        assertThat(queries).extracting(MonitoredMetrics.Query::where).contains(
                "dashboard catalogue-service.json variable namespace", "dashboard catalogue-service.json panel \"Requests\"");
        assertThat(MonitoredMetrics.unexposed(queries, EXPOSED)).containsExactly(
                "dashboard catalogue-service.json panel \"Consumer lag\" uses kafka_consumer_fetch_manager_records_lag_max,"
                        + " which catalogue-service does not expose");
    }

    private static String rule(String rules) {
        return """
                apiVersion: monitoring.coreos.com/v1
                kind: PrometheusRule
                metadata:
                  name: fixture
                spec:
                  groups:
                    - name: fixture
                      rules:
                """ + rules.indent(8);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> objects(String yaml) {
        List<Map<String, Object>> objects = new ArrayList<>();
        new Yaml().loadAll(yaml).forEach(document -> objects.add((Map<String, Object>) document));
        return objects;
    }
}
